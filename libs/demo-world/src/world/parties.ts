import { namePools } from './name-pools';
import type { PartyDraft as Draft, Story } from './story';

function person(story: Story, role: string, country: string): Draft {
  const { random } = story;
  const names = namePools[story.profile.names];
  const year = random.int(1958, 2001);
  return {
    kind: 'person',
    role,
    name: `${random.pick(names.given)} ${random.pick(names.family)}`,
    nationality: country,
    dateOfBirth: `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    idDocument: {
      type: 'passport',
      number: `${country}${random.int(1_000_000, 9_999_999)}`,
      country,
    },
    address: `${random.int(1, 240)} ${random.pick(names.family)} Street`,
  };
}

function company(story: Story, role: string, country: string): Draft {
  const { random } = story;
  const names = namePools[story.profile.names];
  return {
    kind: 'company',
    role,
    name: `${random.pick(names.family)} ${random.pick(names.companySuffixes)}`,
    country,
    registrationNumber: `${country}-${random.int(100_000, 999_999)}`,
    contact: `${random.pick(names.given)} ${random.pick(names.family)}`,
  };
}

/**
 * Who is named on the file: a passenger for baggage seizures; otherwise the consignee, often with a
 * forwarder or carrier. A few cases name nobody (offender unknown, the goods abandoned).
 */
export function partyDrafts(story: Story, transportMode: string): Draft[] {
  const { random, profile } = story;
  if (random.chance(0.08)) return [];
  if (transportMode === 'air_passenger') {
    const drafts = [person(story, 'passenger', profile.code)];
    if (random.chance(0.25)) drafts.push(person(story, 'passenger', profile.code));
    return drafts;
  }
  const drafts = [
    random.chance(0.5)
      ? company(story, 'consignee', profile.code)
      : person(story, 'consignee', profile.code),
  ];
  if (random.chance(0.45)) drafts.push(company(story, 'freight_forwarder', profile.code));
  if (transportMode === 'road' && random.chance(0.5))
    drafts.push(person(story, 'carrier', profile.code));
  if (random.chance(0.15)) drafts.push(person(story, 'broker', profile.code));
  return drafts;
}
