import { type FunnelRow, groupRows } from '../analytics';

/** The separator of a route key ("CN → AE → KE"); an end not recorded is "?". */
const routeArrow = ' → ';
const notRecorded = '?';

/** One route of the seizures: its countries in order and the cases seized along it. */
export interface RouteFlow {
  readonly id: string;
  readonly origin: string;
  readonly transits: readonly string[];
  readonly destination: string;
  /** Null where small cells hide it. */
  readonly seized: number | null;
}

/** The routes of a breakdown by route; seizures without a route (`unknown`) draw nothing. */
export function routeFlows(rows: readonly FunnelRow[]): RouteFlow[] {
  return groupRows(rows)
    .filter((row) => row.group.includes(routeArrow))
    .map((row) => {
      const stops = row.group.split(routeArrow);
      return {
        id: row.id,
        origin: stops[0] ?? notRecorded,
        transits: stops.slice(1, -1),
        destination: stops[stops.length - 1] ?? notRecorded,
        seized: row.seized,
      };
    })
    .sort((a, b) => (b.seized ?? 0) - (a.seized ?? 0));
}

/** Routes drawn and listed: the busiest with a count shown; the rest are in the files. */
export const drawnRoutes = 20;

/** The busiest routes whose count is shown, and how many others the files hold. */
export function busiestFlows(flows: readonly RouteFlow[]) {
  const drawn = flows.filter((flow) => flow.seized !== null).slice(0, drawnRoutes);
  return { drawn, others: flows.length - drawn.length };
}

/** The legs a route can be drawn along: between consecutive countries that were recorded. */
export function routeLegs(flow: RouteFlow): [string, string][] {
  const stops = [flow.origin, ...flow.transits, flow.destination];
  return stops.slice(1).flatMap((to, index): [string, string][] => {
    const from = stops[index] ?? notRecorded;
    return from === notRecorded || to === notRecorded ? [] : [[from, to]];
  });
}

export const isRecorded = (code: string) => code !== notRecorded;
