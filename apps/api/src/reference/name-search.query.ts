import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** What an officer has typed so far in a name field (a species, a substance). */
export class NameSearchQuery {
  @ApiProperty({ example: 'pangolin', description: 'Part of a name, designation or code.' })
  @IsString()
  @Length(1, 80)
  q!: string;

  @ApiPropertyOptional({ example: 10, minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
