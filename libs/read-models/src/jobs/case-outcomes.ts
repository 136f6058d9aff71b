import type { SqlExecutor } from '@greenchain/event-store';

/** Decisions the seizing office wants to hear about: how its case ended, or moved on in court. */
export const outcomeKinds: Readonly<Record<string, string>> = {
  ProsecutionDeclined: 'prosecution_declined',
  ChargesFiled: 'charges_filed',
  ChargesWithdrawn: 'charges_withdrawn',
  VerdictRecorded: 'verdict',
  SentenceImposed: 'sentence',
  AppealDecided: 'appeal_decided',
  CaseClosed: 'case_closed',
};

export const outcomeEventTypes: ReadonlySet<string> = new Set(Object.keys(outcomeKinds));

export interface SeizingOffice {
  readonly agency: string;
  readonly country: string;
}

/** The agency and country of the case's seizure (its first event): the office to inform. */
export async function seizingOffice(
  executor: SqlExecutor,
  streamId: string,
): Promise<SeizingOffice | undefined> {
  const [row] = (await executor.query(
    `SELECT data->>'agency' AS agency, data->>'country' AS country FROM events
      WHERE stream_id = $1 AND stream_position = 1 AND event_type = 'SeizureRecorded'`,
    [streamId],
  )) as SeizingOffice[];
  return row;
}
