import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** What an officer has typed so far in a looked-up field (an HS code, a species, a substance). */
export class ReferenceSearchQuery {
  @ApiProperty({
    example: '2903.7',
    description: 'Digits of a code, or words of a description or name.',
  })
  @IsString()
  @Length(1, 80)
  q!: string;

  @ApiPropertyOptional({
    example: 10,
    minimum: 1,
    maximum: 50,
    description: 'At most this many; 20 HS codes or 10 names when absent.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
