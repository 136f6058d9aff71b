import type { PenaltyLine, SentenceDetails, VerdictOutcome } from '@greenchain/domain';
import { handOverToCourt } from './custody';
import type { Defendant } from './defendants';
import { withdrawSome } from './prosecution';
import type { Story } from './story';

const adjournmentReasons = [
  'Defence counsel absent',
  'Prosecution witness unavailable',
  'Interpreter not available',
  'Laboratory report not yet filed',
  'Court did not sit',
  'Accused unwell',
];

/** Hearings until one goes ahead; weaker courts adjourn more. */
function hearings(story: Story, onTrial: readonly Defendant[]): void {
  const { random, profile } = story;
  const adjournChance = 0.15 + 0.5 * (1 - profile.strength.court);
  for (let adjournments = 0; ; adjournments += 1) {
    const hearingId = story.id();
    const days = random.int(14, 120);
    story.onCase(
      'ScheduleHearing',
      {
        hearingId,
        partyIds: onTrial.map((defendant) => defendant.partyId),
        court: profile.court,
        scheduledFor: story.dateIn(days),
        purpose: adjournments === 0 ? 'Plea' : 'Trial',
      },
      'judiciary',
    );
    story.advance(days);
    if (adjournments >= 4 || !random.chance(adjournChance)) return;
    story.onCase(
      'AdjournHearing',
      { hearingId, reason: random.pick(adjournmentReasons) },
      'judiciary',
    );
  }
}

function verdictFor(story: Story, plea: string): VerdictOutcome {
  const { random, profile } = story;
  if (plea !== 'not_guilty' && random.chance(0.95)) return 'convicted';
  if (random.chance(0.2 + 0.6 * profile.strength.court)) return 'convicted';
  return random.weighted([
    ['acquitted', 3],
    ['dismissed_on_merits', 1],
    ['dismissed_procedural', 1 + 3 * (1 - profile.strength.court)],
  ] as const);
}

/** Penalties within the statutory maxima; weaker courts fine a smaller share of the maximum. */
export function sentenceFor(story: Story, defendant: Defendant, lenient = false): SentenceDetails {
  const { random, profile } = story;
  const court = profile.strength.court;
  const maximumFine = story.local(profile.maximum.fineUsd);
  const share = random.float() ** (1 + 3 * (1 - court)) * (lenient ? 0.2 : 0.6);
  const lines: PenaltyLine[] = [
    {
      type: 'fine',
      amount: { ...maximumFine, amount: Math.max(1, Math.round(maximumFine.amount * share)) },
    },
  ];
  if (defendant.kind === 'person' && random.chance(0.1 + 0.5 * court)) {
    const months = Math.max(1, Math.round(profile.maximum.months * random.float() ** 2 * 0.5));
    lines.push({ type: 'imprisonment', months, suspended: random.chance(0.65 - 0.45 * court) });
  }
  if (random.chance(0.6))
    lines.push({ type: 'confiscation_of_goods', itemIds: [...story.itemIds] });
  if (defendant.kind === 'company' && random.chance(0.3)) {
    lines.push({
      type: 'licence_revocation_or_trading_ban',
      description: 'Import licence revoked',
      months: random.int(6, 60),
    });
  }
  if (random.chance(0.2)) lines.push({ type: 'costs', amount: story.local(random.int(100, 3000)) });
  return {
    penaltyLines: lines,
    statutoryMaximum: { fine: maximumFine, imprisonmentMonths: profile.maximum.months },
  };
}

function impose(story: Story, defendant: Defendant): void {
  story.wait(0, 60);
  const sentence = sentenceFor(story, defendant);
  story.onCase(
    'ImposeSentence',
    { sentenceId: story.id(), partyId: defendant.partyId, ...sentence },
    'judiciary',
  );
  defendant.outcome = 'sentenced';
  defendant.penalties = sentence.penaltyLines;
}

/** Withdrawals before trial, then plea, verdict and sentence for each defendant still charged. */
export function tryDefendants(story: Story, defendants: readonly Defendant[]): void {
  if (!defendants.some((defendant) => defendant.outcome === 'charged')) return;
  story.stallIf(0.1 * (1 - story.profile.strength.court));
  story.wait(10, 150);
  withdrawSome(story, defendants);
  const onTrial = defendants.filter((defendant) => defendant.outcome === 'charged');
  if (onTrial.length === 0) return;
  handOverToCourt(story);
  hearings(story, onTrial);
  const { random } = story;
  const pleas = onTrial.map((defendant) => {
    const plea = random.weighted([
      ['not_guilty', 6],
      ['guilty', 3],
      ['plea_agreement', 1],
    ] as const);
    story.onCase('RecordPlea', { partyId: defendant.partyId, plea }, 'judiciary');
    return plea;
  });
  story.wait(0, 240);
  onTrial.forEach((defendant, index) => {
    const outcome = verdictFor(story, pleas[index] ?? 'not_guilty');
    story.onCase('RecordVerdict', { partyId: defendant.partyId, outcome }, 'judiciary');
    defendant.outcome =
      outcome === 'convicted' ? 'convicted' : outcome === 'acquitted' ? 'acquitted' : 'dismissed';
  });
  for (const defendant of onTrial) if (defendant.outcome === 'convicted') impose(story, defendant);
}

/** Some sentences are appealed by the defence, some acquittals by the prosecution. */
export function appeal(story: Story, defendants: readonly Defendant[]): void {
  const { random } = story;
  for (const defendant of defendants) {
    const byDefence = defendant.outcome === 'sentenced' && random.chance(0.14);
    const byProsecution = defendant.outcome === 'acquitted' && random.chance(0.1);
    if (!byDefence && !byProsecution) continue;
    story.wait(10, 45);
    const appealId = story.id();
    const against = byDefence && random.chance(0.5) ? 'sentence' : 'verdict';
    story.onCase(
      'FileAppeal',
      {
        appealId,
        partyId: defendant.partyId,
        appellant: byDefence ? 'defence' : 'prosecution',
        against,
        grounds:
          against === 'sentence'
            ? 'Sentence manifestly excessive'
            : 'Verdict against the weight of evidence',
      },
      'judiciary',
    );
    story.wait(60, 540);
    decideAppeal(story, defendant, appealId, against);
  }
}

function decideAppeal(story: Story, defendant: Defendant, appealId: string, against: string): void {
  const { random } = story;
  const outcome = random.weighted([
    ['upheld', 6],
    ['overturned', against === 'verdict' ? 2 : 0],
    ['varied', defendant.outcome === 'sentenced' ? 2 : 0],
  ] as const);
  if (outcome === 'varied') {
    const sentence = sentenceFor(story, defendant, true);
    story.onCase(
      'DecideAppeal',
      { appealId, outcome, newSentence: { sentenceId: story.id(), ...sentence } },
      'judiciary',
    );
    defendant.penalties = sentence.penaltyLines;
    return;
  }
  story.onCase('DecideAppeal', { appealId, outcome }, 'judiciary');
  if (outcome !== 'overturned') return;
  if (defendant.outcome === 'sentenced') {
    defendant.outcome = 'acquitted';
    defendant.penalties = undefined;
  } else {
    defendant.outcome = 'convicted';
    impose(story, defendant);
  }
}
