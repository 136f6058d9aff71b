import { ApiPropertyOptional } from '@nestjs/swagger';
import { analyticsGroups, type AnalyticsGroup } from '@greenchain/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const analyticsFormats = ['json', 'csv', 'xlsx'] as const;

export class AnalyticsQuery {
  @ApiPropertyOptional({
    example: '{"country":["KE"],"agreement":"MP","from":"2024-01-01","to":"2024-12-31"}',
    description:
      'JSON object: country, agreement, port (a code or a list of codes), from and to (seizure dates, YYYY-MM-DD, inclusive).',
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
