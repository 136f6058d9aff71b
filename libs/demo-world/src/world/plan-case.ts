import { Random } from '../random';
import { close, dispose, enforce, settle, share, withholdDestination } from './aftermath';
import { countryProfiles } from './country-profiles';
import { appeal, tryDefendants } from './court';
import { testInLaboratory } from './custody';
import type { Defendant } from './defendants';
import { detect, reweigh } from './detection';
import { decideCharges, refer } from './prosecution';
import { scenarios, type CoreAgreement } from './scenarios';
import { OutOfTime, Story, type PlannedCommand } from './story';

/** One generated case: its commands in business-time order, and what it is about. */
export interface GeneratedCase {
  readonly index: number;
  readonly caseId: string;
  readonly country: string;
  readonly scenario: string;
  readonly agreement: CoreAgreement;
  readonly commands: readonly PlannedCommand[];
}

/** Seizures spread over this many days before the as-of date. */
const spanDays = 6 * 365;

const wentToCourt = (defendant: Defendant) =>
  ['convicted', 'sentenced', 'acquitted', 'dismissed'].includes(defendant.outcome);

function unfold(story: Story): void {
  const { random, profile } = story;
  detect(story);
  withholdDestination(story);
  const defendants: Defendant[] = story.parties.map(({ partyId, kind }) => ({
    partyId,
    kind,
    outcome: 'suspect',
  }));
  if (story.scenario.lab && random.chance(0.7)) {
    story.wait(1, 20);
    testInLaboratory(story);
  }
  reweigh(story);
  share(story);
  const customs = profile.strength.customs;
  const path = random.weighted([
    ['settle', defendants.length === 0 ? 0 : 0.1 + 0.35 * (1 - customs)],
    ['stall', 0.03 + 0.15 * (1 - customs)],
    ['refer', 0.4 + 0.5 * customs],
  ] as const);
  if (path === 'stall') return;
  if (path === 'settle') {
    settle(story, defendants);
    dispose(story);
    close(story, 'settled', 'customs');
    return;
  }
  if (!refer(story)) return;
  decideCharges(story, defendants);
  tryDefendants(story, defendants);
  appeal(story, defendants);
  enforce(story, defendants);
  dispose(story);
  close(story, defendants, defendants.some(wentToCourt) ? 'judiciary' : 'prosecutor');
}

/**
 * Case number `index` of the world of `seed`: where and what was seized, and how far the chain got
 * by the as-of date. Depends on nothing but its arguments.
 */
export function planCase(seed: number, index: number, asOfDay: number): GeneratedCase {
  const random = Random.of('case', seed, index);
  const profile = random.weighted(countryProfiles.map((entry) => [entry, entry.weight] as const));
  const scenario = random.weighted(
    scenarios.map((entry) => {
      const typical = [...entry.origins, ...entry.destinations].includes(profile.code);
      return [entry, entry.weight * (typical ? 4 : 1)] as const;
    }),
  );
  const caseId = random.uuid();
  const seizureDay = asOfDay - random.int(7, spanDays);
  const story = new Story(random, caseId, index + 1, profile, scenario, seizureDay, asOfDay);
  try {
    unfold(story);
  } catch (error) {
    if (!(error instanceof OutOfTime)) throw error;
  }
  return {
    index,
    caseId,
    country: profile.code,
    scenario: scenario.key,
    agreement: scenario.agreement,
    commands: story.commands,
  };
}
