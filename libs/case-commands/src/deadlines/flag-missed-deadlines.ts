import { caseStream, DomainError, type CaseCommand } from '@greenchain/domain';
import type { DueDeadline } from '@greenchain/read-models';
import { handleCommand, type CommandStore } from '../handling/handle-command';
import { stableUuid } from '../shared/stable-uuid';

/** The same missed deadline always gets the same command id, so a second scan appends nothing. */
export function missedDeadlineCommandId(due: DueDeadline): string {
  return stableUuid('deadline', due.caseId, due.step, due.deadline, due.partyId ?? '');
}

/** Refusals that only mean the read model was behind the case: nothing to flag. */
const raced = new Set(['case/deadline-not-pending', 'case/deadline-not-passed']);

/**
 * Turns each due deadline into the FlagDeadlineMissed system command (a StageDeadlineMissed event).
 * Returns how many events were appended.
 */
export async function flagMissedDeadlines(
  store: CommandStore,
  due: readonly DueDeadline[],
  now: Date,
): Promise<number> {
  let flagged = 0;
  for (const deadline of due) {
    const command: CaseCommand = {
      type: 'FlagDeadlineMissed',
      data: {
        step: deadline.step,
        deadline: deadline.deadline,
        ...(deadline.partyId === undefined ? {} : { partyId: deadline.partyId }),
      },
      metadata: {
        actor: { userId: 'system', role: 'system', agency: 'greenchain', country: 'ZZ' },
        occurredAt: now.toISOString(),
        recordedAt: now.toISOString(),
      },
    };
    try {
      const result = await handleCommand(store, caseStream, deadline.caseId, command, {
        commandId: missedDeadlineCommandId(deadline),
        maxRetries: 3,
      });
      if (!result.replayed) flagged += result.events.length;
    } catch (error) {
      if (!(error instanceof DomainError && raced.has(error.code))) throw error;
    }
  }
  return flagged;
}
