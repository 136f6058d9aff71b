/**
 * A page of an analytics list (one row per case or defendant): its rows, the index of the first
 * and how many the whole list holds. The analytics table interceptor answers the rows, and names
 * the page in Content-Range.
 */
export interface AnalyticsListPage<Row> {
  readonly rows: readonly Row[];
  readonly first: number;
  readonly total: number;
}

export function isAnalyticsListPage(answer: unknown): answer is AnalyticsListPage<unknown> {
  return (
    typeof answer === 'object' && answer !== null && !Array.isArray(answer) && 'total' in answer
  );
}
