import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  StreamableFile,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type SessionUser } from '@greenchain/contracts';
import { disclosedTable } from '@greenchain/metrics';
import {
  type AnalyticsTableDefinition,
  analyticsTableFile,
  flatTables,
} from '@greenchain/read-models';
import { type Request, type Response } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import { contentRange } from '../records/list-params';
import { seesEveryCountry } from './analytics-filter';
import { type AnalyticsListPage, isAnalyticsListPage } from './analytics-list-page';
import { analyticsTableKey, xlsxType } from './analytics-table.decorator';
import { type AnalyticsQuery } from './analytics.query';
import { fromReadModels, todayUtc } from './from-read-models';

type Row = Readonly<Record<string, unknown>>;

/**
 * The one place an analytics table leaves the API: small cells hidden for the roles that read every
 * country, the definition version named, and the same rows as JSON, CSV or XLSX.
 */
@Injectable()
export class AnalyticsTableInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(
    context: ExecutionContext,
    next: CallHandler<Row[] | AnalyticsListPage<Row>>,
  ): Observable<unknown> {
    const options = this.reflector.get<AnalyticsTableDefinition>(
      analyticsTableKey,
      context.getHandler(),
    );
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user: SessionUser }>();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      mergeMap((answer) => {
        const page = isAnalyticsListPage(answer) ? answer : undefined;
        const rows = page?.rows ?? (answer as Row[]);
        const shown = seesEveryCountry(request.user) ? disclosed(rows, options) : rows;
        const first = page?.first ?? 0;
        response.setHeader('Metric-Definition', options.definition);
        response.setHeader(
          'Content-Range',
          contentRange(options.name, first, shown.length, page?.total ?? shown.length),
        );
        const query = request.query as AnalyticsQuery;
        const listed = page && { first, total: page.total };
        return from(this.answer(options, query, response, shown, listed));
      }),
    );
  }

  private async answer(
    options: AnalyticsTableDefinition,
    query: AnalyticsQuery,
    response: Response,
    rows: readonly Row[],
    listed: { first: number; total: number } | undefined,
  ): Promise<readonly Row[] | StreamableFile> {
    const format = query.format ?? 'json';
    if (format === 'json') return rows;
    const asOf = query.asOf ?? todayUtc();
    const about = {
      table: options.name,
      facts: [
        ['table', options.name],
        ['definition', options.definition],
        ['as of', asOf],
        // A list has a row per case or defendant, not per group; a file of it may hold only part.
        ...(listed
          ? [['rows', rowsHeld(listed.first, rows.length, listed.total)] as const]
          : [['grouped by', query.groupBy ?? 'country'] as const]),
        ['filter', query.filter ?? '{}'],
      ] as const,
    };
    const file = await fromReadModels(() =>
      analyticsTableFile(flatTables(options.name, rows), format, about, query.part),
    );
    const suffix = query.part === undefined ? '' : `-${query.part}`;
    return new StreamableFile(file, {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : xlsxType,
      disposition: `attachment; filename="greenchain-${options.name}${suffix}-${asOf}.${format}"`,
      length: file.length,
    });
  }
}

/** Which rows of the list a file holds, so a reader of a cut file knows it is cut. */
function rowsHeld(first: number, count: number, total: number): string {
  if (count === total) return `all ${total}`;
  return count === 0 ? `none of ${total}` : `${first + 1}-${first + count} of ${total}`;
}

/** The rows with small cells hidden by the table's plan; as computed when it has none. */
function disclosed(rows: readonly Row[], { disclosure }: AnalyticsTableDefinition): readonly Row[] {
  if (disclosure === undefined) return rows;
  return disclosedTable(rows, typeof disclosure === 'function' ? disclosure(rows) : disclosure);
}
