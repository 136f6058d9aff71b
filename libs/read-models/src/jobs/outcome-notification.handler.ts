import type { SqlExecutor } from '@greenchain/event-store';
import { caseIdOf } from '../shared/case-events';
import { outcomeEventTypes, outcomeKinds, seizingOffice } from './case-outcomes';
import type { DispatchedJob, JobHandler } from './job-handler';

/**
 * In-app notification of the seizing office when a prosecutor or court decides on its case. The
 * recipient comes from the case's first event, so the job carries ids only.
 */
export const outcomeNotificationHandler: JobHandler = {
  name: 'outcome-notification',
  eventTypes: outcomeEventTypes,
  notifies: true,

  async handle(job: DispatchedJob, transaction: SqlExecutor): Promise<void> {
    const kind = outcomeKinds[job.eventType];
    const office = await seizingOffice(transaction, job.streamId);
    if (kind === undefined || office === undefined) return;
    await transaction.query(
      `INSERT INTO notifications (recipient_agency, recipient_country, case_id, event_id, kind)
       VALUES ($1, $2, $3, $4, $5)`,
      [office.agency, office.country, caseIdOf(job.streamId), job.eventId, kind],
    );
  },
};
