import type { ChainStrengthRow } from '@greenchain/contracts';
import type { SqlExecutor } from '@greenchain/event-store';
import type { AnalyticsFilter } from './analytics-scope';
import { ChainFunnelQuery } from './chain-funnel.query';
import { chainStrengthRow } from './chain-strength-row';
import { PenaltyAdequacyQuery } from './penalty-adequacy.query';
import { TimeInStageQuery } from './time-in-stage.query';

/**
 * The chain strength index per country at the as-of date: the funnel, the time in stage and
 * penalty adequacy for the same filter, each by its own query grouped by country, combined per
 * country. Every country with a case has a funnel row; the other two may have none for it.
 */
export class ChainStrengthQuery {
  private readonly funnel: ChainFunnelQuery;
  private readonly stageTimes: TimeInStageQuery;
  private readonly penalties: PenaltyAdequacyQuery;

  constructor(executor: SqlExecutor) {
    this.funnel = new ChainFunnelQuery(executor);
    this.stageTimes = new TimeInStageQuery(executor);
    this.penalties = new PenaltyAdequacyQuery(executor);
  }

  async rows(filter: AnalyticsFilter): Promise<ChainStrengthRow[]> {
    // Computed whole: small cells are hidden from the answer, never inside the computation.
    const [funnels, times, penalties] = await Promise.all([
      this.funnel.rows(filter, 'country'),
      this.stageTimes.rows(filter, 'country', false),
      this.penalties.rows(filter, 'country'),
    ]);
    return funnels.map((funnel) =>
      chainStrengthRow({
        funnel,
        times: times.filter((time) => time.group === funnel.group),
        penalties: penalties.find((penalty) => penalty.group === funnel.group),
      }),
    );
  }
}
