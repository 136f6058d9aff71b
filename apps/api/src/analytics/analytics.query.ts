import { ApiPropertyOptional } from '@nestjs/swagger';
import { analyticsGroups, type AnalyticsGroup } from '@greenchain/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const analyticsFormats = ['json', 'csv', 'xlsx'] as const;

export class AnalyticsQuery {
  @ApiPropertyOptional({
    example:
      '{"country":["KE"],"agreement":"MP","quarter":["2024-Q1"],"transit":"AE","from":"2024-01-01","to":"2024-12-31"}',
    description:
      'JSON object; each field but from and to takes a value or a list of values, a case matching any of them counts: country, region (UN M49 code such as 014), agreement, commodityGroup (ods, hazardous_waste, pic_chemicals, pops, wildlife, lmos, cw_chemicals, mercury), hsChapter (two digits), speciesOrSubstance (as recorded on the items), port, locationType, direction, year (2025), quarter (2025-Q3), origin, transit, destination (ISO 3166-1 alpha-2 codes of the route); from and to (seizure dates, YYYY-MM-DD, inclusive).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  filter?: string;

  @ApiPropertyOptional({
    example: '2025-06-30',
    description:
      'The day the figures are evaluated at (YYYY-MM-DD, default today in UTC): only facts dated on or before it count, and stalls are judged on it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  asOf?: string;

  @ApiPropertyOptional({ enum: analyticsGroups, default: 'country' })
  @IsOptional()
  @IsIn(analyticsGroups)
  groupBy?: AnalyticsGroup;

  @ApiPropertyOptional({
    enum: analyticsFormats,
    default: 'json',
    description:
      'json (default), or the same figures as a file: csv (one table) or xlsx (every table, and what the figures are on an about sheet).',
  })
  @IsOptional()
  @IsIn(analyticsFormats)
  format?: (typeof analyticsFormats)[number];

  @ApiPropertyOptional({
    example: 'survival',
    description:
      'With format=csv: a table nested in the rows (a survival curve) instead of the main table.',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9.]{0,99}$/)
  part?: string;
}
