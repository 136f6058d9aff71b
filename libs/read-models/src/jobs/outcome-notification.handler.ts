import type { SqlExecutor } from '@greenchain/event-store';
import { caseIdOf } from '../shared/case-events';
import type { DispatchedJob, JobHandler } from './job-handler';

/** Decisions the seizing office wants to hear about: how its case ended, or moved on in court. */
const outcomeKinds: Readonly<Record<string, string>> = {
  ProsecutionDeclined: 'prosecution_declined',
  ChargesFiled: 'charges_filed',
  ChargesWithdrawn: 'charges_withdrawn',
  VerdictRecorded: 'verdict',
  SentenceImposed: 'sentence',
  AppealDecided: 'appeal_decided',
  CaseClosed: 'case_closed',
};

/**
 * In-app notification of the seizing office (the agency and country of the seizure) when a
 * prosecutor or court decides on its case. Reads the recipient from the case's first event, so the
 * job carries ids only.
 */
export const outcomeNotificationHandler: JobHandler = {
  name: 'outcome-notification',
  eventTypes: new Set(Object.keys(outcomeKinds)),

  async handle(job: DispatchedJob, transaction: SqlExecutor): Promise<void> {
    const kind = outcomeKinds[job.eventType];
    if (kind === undefined) return;
    await transaction.query(
      `INSERT INTO notifications (recipient_agency, recipient_country, case_id, event_id, kind)
       SELECT data->>'agency', data->>'country', $2, $3, $4
         FROM events
        WHERE stream_id = $1 AND stream_position = 1 AND event_type = 'SeizureRecorded'`,
      [job.streamId, caseIdOf(job.streamId), job.eventId, kind],
    );
  },
};
