import type { SqlExecutor } from '@greenchain/event-store';

export const funnelSteps = [
  'seized',
  'referred_or_settled',
  'charged',
  'convicted',
  'sentenced',
  'deterrent',
] as const;
export type FunnelStep = (typeof funnelSteps)[number];

export interface FunnelCount {
  readonly step: FunnelStep;
  readonly cases: number;
  readonly defendants: number;
}

export interface FunnelFilter {
  readonly country?: readonly string[];
  readonly agreement?: readonly string[];
  /** Seizure dates, inclusive (YYYY-MM-DD). */
  readonly seizedFrom?: string;
  readonly seizedTo?: string;
}

/**
 * Funnel counts per step, for cases and defendants, from the case_summary and defendants read
 * models as they stand (the latest event, not an as-of date). A case counts at a step when one of
 * its defendants does; referral or settlement is case-level, so every defendant of such a case
 * counts. Deterrent: the sentence in force is custodial, or its fine is in USD and at least the
 * defendant's share of a known USD case value (case value / convicted defendants); fines in other
 * currencies wait for the rate table and count as deterrent only when custodial.
 */
export class ChainFunnelQuery {
  constructor(private readonly executor: SqlExecutor) {}

  async counts(filter: FunnelFilter = {}): Promise<FunnelCount[]> {
    const [row] = (await this.executor.query(
      `WITH c AS (
         SELECT * FROM case_summary
          WHERE ($1::text[] IS NULL OR country = ANY($1))
            AND ($2::text[] IS NULL OR agreements && $2)
            AND ($3::date IS NULL OR seized_on >= $3)
            AND ($4::date IS NULL OR seized_on <= $4)),
       d AS (
         SELECT d.*, c.referred_on IS NOT NULL OR c.outcome = 'settled_administratively' AS referred,
                d.status IN ('convicted', 'sentenced') AS convicted,
                d.status = 'sentenced' AS sentenced,
                d.status = 'sentenced' AND (d.custodial OR (
                  d.fine_currency = 'USD' AND c.value_known AND c.convicted_count > 0
                  AND d.fine_amount >= c.value_total_usd / c.convicted_count)) AS deterrent
           FROM defendants d JOIN c USING (case_id))
       SELECT
         (SELECT count(*) FROM c)::int AS seized_cases,
         (SELECT count(*) FROM d)::int AS seized_defendants,
         (SELECT count(*) FROM c WHERE referred_on IS NOT NULL
                                     OR outcome = 'settled_administratively')::int AS referred_cases,
         (SELECT count(*) FROM d WHERE referred)::int AS referred_defendants,
         (SELECT count(DISTINCT case_id) FROM d WHERE charged_on IS NOT NULL)::int AS charged_cases,
         (SELECT count(*) FROM d WHERE charged_on IS NOT NULL)::int AS charged_defendants,
         (SELECT count(DISTINCT case_id) FROM d WHERE convicted)::int AS convicted_cases,
         (SELECT count(*) FROM d WHERE convicted)::int AS convicted_defendants,
         (SELECT count(DISTINCT case_id) FROM d WHERE sentenced)::int AS sentenced_cases,
         (SELECT count(*) FROM d WHERE sentenced)::int AS sentenced_defendants,
         (SELECT count(DISTINCT case_id) FROM d WHERE deterrent)::int AS deterrent_cases,
         (SELECT count(*) FROM d WHERE deterrent)::int AS deterrent_defendants`,
      [
        filter.country ?? null,
        filter.agreement ?? null,
        filter.seizedFrom ?? null,
        filter.seizedTo ?? null,
      ],
    )) as Record<string, number>[];
    const prefixes: Readonly<Record<FunnelStep, string>> = {
      seized: 'seized',
      referred_or_settled: 'referred',
      charged: 'charged',
      convicted: 'convicted',
      sentenced: 'sentenced',
      deterrent: 'deterrent',
    };
    return funnelSteps.map((step) => ({
      step,
      cases: row?.[`${prefixes[step]}_cases`] ?? 0,
      defendants: row?.[`${prefixes[step]}_defendants`] ?? 0,
    }));
  }
}
