import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type AnalyticsFilter, analyticsFilterKeys, type Grouping, groupings } from '../analytics';

export interface AnalyticsFilters {
  /** The API's filter, one field per URL search parameter of the same name. */
  readonly filter: AnalyticsFilter;
  /** The day the figures are evaluated on (YYYY-MM-DD); undefined means today. */
  readonly asOf: string | undefined;
  /** Replaces the whole filter; blank fields leave the URL. */
  readonly setFilter: (filter: AnalyticsFilter) => void;
  readonly setAsOf: (asOf: string | undefined) => void;
  readonly groupBy: Grouping;
  readonly setGroupBy: (groupBy: Grouping) => void;
}

const asOfParam = 'asOf';
const groupByParam = 'groupBy';
const defaultGrouping: Grouping = 'country';

/**
 * The analytics view lives in the URL, so that a link sent to a colleague opens the same figures:
 * every chart of the page reads its filter, as-of date and grouping from here.
 */
export function useAnalyticsFilters(): AnalyticsFilters {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filter = useMemo<AnalyticsFilter>(() => {
    const read = new URLSearchParams(key);
    return Object.fromEntries(
      analyticsFilterKeys.flatMap((name) => {
        const value = read.get(name);
        return value ? [[name, value]] : [];
      }),
    );
  }, [key]);
  const asOf = params.get(asOfParam) || undefined;
  const chosenGrouping = params.get(groupByParam);
  const groupBy = groupings.find((grouping) => grouping === chosenGrouping) ?? defaultGrouping;

  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          change(next);
          return next;
        },
        { replace: false },
      ),
    [setParams],
  );
  const setFilter = useCallback(
    (next: AnalyticsFilter) =>
      update((search) => {
        for (const name of analyticsFilterKeys) {
          const value = next[name];
          if (typeof value === 'string' && value !== '') search.set(name, value);
          else search.delete(name);
        }
      }),
    [update],
  );
  const setAsOf = useCallback(
    (next: string | undefined) =>
      update((search) => (next ? search.set(asOfParam, next) : search.delete(asOfParam))),
    [update],
  );
  const setGroupBy = useCallback(
    (next: Grouping) =>
      update((search) =>
        next === defaultGrouping ? search.delete(groupByParam) : search.set(groupByParam, next),
      ),
    [update],
  );
  return { filter, asOf, setFilter, setAsOf, groupBy, setGroupBy };
}
