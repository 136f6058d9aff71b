import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsString, MaxLength } from 'class-validator';

export class QuantityBody {
  @ApiProperty({ example: 400, description: 'Greater than zero.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amount!: number;

  @ApiProperty({ example: 'cylinders', description: 'A code of the quantityUnits list.' })
  @IsString()
  @MaxLength(50)
  unit!: string;
}
