import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsString, Length } from 'class-validator';

export class MoneyBody {
  @ApiProperty({ example: 27200, minimum: 0 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amount!: number;

  @ApiProperty({ example: 'USD', description: 'ISO 4217' })
  @IsString()
  @Length(3, 3)
  currency!: string;
}
