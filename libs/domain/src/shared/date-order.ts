import { DomainError } from '../domain-error';
import { dayOf, isDayBefore, optionalText } from '../values';

/** An earlier stage the command's business time must not precede: its label and its time, if reached. */
export type DateAnchor = readonly [label: string, time: string | undefined];

/**
 * Later stages are not dated before earlier ones, unless the command says why (a late entry, a
 * seizure date known only roughly). Returns the reason to record on the event, if one was given.
 */
export function checkDateOrder(
  errorCode: string,
  occurredAt: string,
  anchors: readonly DateAnchor[],
  dateOrderReason: unknown,
): string | undefined {
  const reason = optionalText(dateOrderReason, 'data.dateOrderReason');
  if (reason !== undefined) return reason;
  for (const [label, time] of anchors) {
    if (time !== undefined && isDayBefore(occurredAt, time)) {
      throw new DomainError(
        errorCode,
        `occurredAt ${dayOf(occurredAt)} is before the ${label} (${dayOf(time)}); give dateOrderReason to record why`,
        'metadata.occurredAt',
      );
    }
  }
  return undefined;
}
