import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { AnalyticsTableDefinition } from '@greenchain/read-models';
import { AnalyticsTableInterceptor } from './analytics-table.interceptor';

export const analyticsTableKey = 'greenchain:analytics-table';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Marks a route as an analytics table: its rows are disclosed by role, named with their definition
 * version, and served as JSON, CSV or XLSX (`format`), all from the same rows.
 */
export const AnalyticsTable = (options: AnalyticsTableDefinition) =>
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
