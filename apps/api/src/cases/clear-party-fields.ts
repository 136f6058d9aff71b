import { partyPersonalPaths, personalEventTypes } from '@greenchain/domain';
import {
  erasedValue,
  isErasedValue,
  isRedactedValue,
  redactedValue,
  type PersonalDataMode,
  type RecordedEvent,
} from '@greenchain/event-store';

type PartyData = Readonly<Record<string, unknown>> & { readonly partyId: string };

const isPartyEvent = (event: RecordedEvent) =>
  (personalEventTypes as readonly string[]).includes(event.type);

/**
 * Party events recorded while a company's name and address were stored in clear (only a person's
 * were encrypted) keep them so: a recorded event is never rewritten, and its hash covers them. They
 * are read as if encrypted under the party, like the party events recorded since: `{ redacted: true }`
 * for a reader without the right to personal data, `{ erased: true }` once the party is erased
 * (known from its encrypted fields, which then read as erased). A party amended from company to
 * person is thus erased whole, its company-era events included.
 */
export function hideClearPartyFields(
  events: readonly RecordedEvent[],
  mode: PersonalDataMode,
): readonly RecordedEvent[] {
  const hidden =
    mode === 'redact'
      ? () => true
      : (
          (erased) => (partyId: string) =>
            erased.has(partyId)
        )(erasedParties(events));
  const marker = mode === 'redact' ? redactedValue : erasedValue;
  return events.map((event) => {
    if (!isPartyEvent(event)) return event;
    const data = event.data as PartyData;
    if (!hidden(data.partyId)) return event;
    const clear = partyPersonalPaths.filter(
      (path) =>
        data[path] !== undefined && !isErasedValue(data[path]) && !isRedactedValue(data[path]),
    );
    if (clear.length === 0) return event;
    return {
      ...event,
      data: { ...data, ...Object.fromEntries(clear.map((path) => [path, marker])) },
    };
  });
}

function erasedParties(events: readonly RecordedEvent[]): Set<string> {
  const erased = new Set<string>();
  for (const event of events) {
    if (!isPartyEvent(event)) continue;
    const data = event.data as PartyData;
    if (partyPersonalPaths.some((path) => isErasedValue(data[path]))) erased.add(data.partyId);
  }
  return erased;
}
