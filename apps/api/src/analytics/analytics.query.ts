import { ApiPropertyOptional } from '@nestjs/swagger';
import { analyticsGroups, type AnalyticsGroup } from '@greenchain/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

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

  @ApiPropertyOptional({ enum: analyticsGroups, default: 'country' })
  @IsOptional()
  @IsIn(analyticsGroups)
  groupBy?: AnalyticsGroup;
}
