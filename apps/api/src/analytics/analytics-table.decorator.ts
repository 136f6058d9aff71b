import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { DisclosurePlan } from '@greenchain/metrics';
import { AnalyticsTableInterceptor } from './analytics-table.interceptor';

export const analyticsTableKey = 'greenchain:analytics-table';

/** What an analytics route answers: a named table of figures under a definition version. */
export interface AnalyticsTableOptions {
  /** The table's name in Content-Range and in file names (`chain-funnel`). */
  readonly name: string;
  /** The definition version its figures follow (docs/metrics.md), e.g. `chain-funnel/1`. */
  readonly definition: string;
  /** The counts analysts and administrators read with small cells hidden; none: shown as computed. */
  readonly disclosure?: DisclosurePlan;
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Marks a route as an analytics table: its rows are disclosed by role, named with their definition
 * version, and served as JSON, CSV or XLSX (`format`), all from the same rows.
 */
export const AnalyticsTable = (options: AnalyticsTableOptions) =>
  applyDecorators(
    SetMetadata(analyticsTableKey, options),
    UseInterceptors(AnalyticsTableInterceptor),
    ApiProduces('application/json', 'text/csv', xlsxType),
    ApiResponse({
      status: 200,
      headers: {
        'Metric-Definition': {
          description: `The definition version the figures follow: ${options.definition}.`,
          schema: { type: 'string' },
        },
      },
    }),
    ApiHeader({
      name: 'Accept',
      required: false,
      description: 'JSON unless `format` asks for a file.',
    }),
  );
