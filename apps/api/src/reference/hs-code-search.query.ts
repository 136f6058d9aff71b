import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** What an officer has typed so far in an HS code field. */
export class HsCodeSearchQuery {
  @ApiProperty({ example: '2903.7', description: 'Digits of a code, or words of its description.' })
  @IsString()
  @Length(1, 40)
  q!: string;

  @ApiPropertyOptional({ example: 20, minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
