import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { countries } from '@greenchain/reference-data';
import {
  reportFileFormats,
  reportFormats,
  type ReportFileFormat,
  type ReportFormat,
} from '@greenchain/reports';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

const countryCodes = countries.map((country) => country.code);

/** Which report layout. */
export class ReportParams {
  @ApiProperty({ enum: reportFormats, example: 'cites-aitr' })
  @IsIn(reportFormats)
  report!: ReportFormat;
}

/** The country and calendar year a report is drawn up for. */
export class ReportScopeQuery {
  @ApiProperty({ example: 'KE', description: 'ISO 3166-1 alpha-2 code of the reporting country.' })
  @IsIn(countryCodes, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country!: string;

  @ApiProperty({
    example: 2024,
    minimum: 1975,
    maximum: 2100,
    description: 'Calendar year covered.',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1975)
  @Max(2100)
  year!: number;
}

export class ReportFileQuery extends ReportScopeQuery {
  @ApiPropertyOptional({
    enum: reportFileFormats,
    default: 'xlsx',
    description:
      'xlsx (the layout and an About sheet naming its sources) or csv (the layout only).',
  })
  @IsOptional()
  @IsIn(reportFileFormats)
  format?: ReportFileFormat;
}
