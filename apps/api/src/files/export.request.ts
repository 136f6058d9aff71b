import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { type ExportFormat, exportFormats } from '@greenchain/contracts';

/** An export of the case list as the requester sees it, filtered and sorted like GET /cases. */
export class ExportRequest {
  @ApiProperty({ enum: exportFormats })
  @IsIn(exportFormats)
  format!: ExportFormat;

  @ApiPropertyOptional({
    description: 'The filter object of GET /cases (country, agreement, stage, port, seizedFrom…).',
    example: { agreement: 'MP', seizedFrom: '2024-01-01' },
  })
  @IsOptional()
  @IsObject()
  filter?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [String], example: ['seizedOn', 'DESC'], minItems: 2, maxItems: 2 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  sort?: [string, string];
}
