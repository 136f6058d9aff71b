import type { Charge } from '@greenchain/domain';
import type { Defendant } from './defendants';
import type { Story } from './story';

const iccsByAgreement: Record<string, string> = {
  CITES: '1003',
  BC: '1002',
  MP: '1001',
  SC: '1001',
  RC: '1001',
  CPB: '1009',
  CWC: '1009',
};

function chargesFor(story: Story): Charge[] {
  const { profile, scenario, random } = story;
  const wildlife = scenario.agreement === 'CITES';
  const charges: Charge[] = [
    {
      chargeId: story.id(),
      statute: wildlife ? profile.statutes.wildlife : profile.statutes.environment,
      section: `s. ${random.int(12, 120)}`,
      iccsClass: iccsByAgreement[scenario.agreement] ?? '1009',
      description: `Unlawful trade in ${scenario.key.replace(/-/g, ' ')}`,
    },
  ];
  if (random.chance(0.4)) {
    charges.push({
      chargeId: story.id(),
      statute: 'Customs legislation',
      section: `s. ${random.int(80, 240)}`,
      iccsClass: '1009',
      description: 'False declaration of goods',
    });
  }
  return charges;
}

/** Customs refers; a prosecutor may send the file back once before accepting it. False: never accepted. */
export function refer(story: Story): boolean {
  const { random, profile } = story;
  const weakness = 1 - profile.strength.prosecution;
  const referral = () => {
    const referralId = story.id();
    story.onCase(
      'ReferToProsecution',
      {
        referralId,
        office: profile.agencies.prosecutor,
        summary: `${story.scenario.key.replace(/-/g, ' ')} seized; evidence and inventory attached.`,
      },
      'customs',
    );
    return referralId;
  };
  story.wait(3, 120);
  let referralId = referral();
  if (random.chance(0.05 + 0.15 * weakness)) {
    story.wait(5, 60);
    story.onCase(
      'ReturnReferral',
      {
        referralId,
        reason: random.pick([
          'Inventory and valuation missing',
          'Laboratory report required',
          'Wrong office: refer to the regional prosecutor',
        ]),
      },
      'prosecutor',
    );
    if (random.chance(0.3)) return false;
    story.wait(10, 90);
    referralId = referral();
  }
  story.stallIf(0.1 * weakness);
  story.wait(1, 45);
  story.onCase('AcceptReferral', { referralId }, 'prosecutor');
  return true;
}

/** The prosecutor's file has a newer address for a defendant than the seizure report. */
function correctAddress(story: Story): void {
  const person = story.parties.find((party) => party.kind === 'person');
  if (!person || !story.random.chance(0.1)) return;
  story.onCase(
    'AmendParty',
    { ...person, address: `${story.random.int(1, 240)} Harbour Road (verified by the prosecutor)` },
    'prosecutor',
  );
}

/** A charge decision for each defendant, or one decline for all when the offender is unknown. */
export function decideCharges(story: Story, defendants: readonly Defendant[]): void {
  const { random, profile } = story;
  const strength = profile.strength.prosecution;
  story.stallIf(0.15 * (1 - strength));
  story.wait(20, 320);
  if (defendants.length === 0) {
    story.onCase(
      'DeclineProsecution',
      { reasonCode: 'offender_unknown_or_absconded' },
      'prosecutor',
    );
    return;
  }
  correctAddress(story);
  for (const defendant of defendants) {
    if (random.chance(0.2 + 0.7 * strength)) {
      story.onCase(
        'FileCharges',
        { partyId: defendant.partyId, charges: chargesFor(story) },
        'prosecutor',
      );
      defendant.outcome = 'charged';
    } else {
      story.onCase(
        'DeclineProsecution',
        {
          partyId: defendant.partyId,
          reasonCode: random.weighted([
            ['insufficient_evidence', 5],
            ['public_interest', 1],
            ['time_barred', 1],
            ['handled_administratively', 2],
            ['offender_unknown_or_absconded', 2],
            ['referred_to_other_jurisdiction', 1],
            ['diverted_or_compounded', 1],
          ] as const),
        },
        'prosecutor',
      );
      defendant.outcome = 'declined';
    }
  }
}

/** Before trial a prosecutor sometimes drops the charges (weaker offices more often). */
export function withdrawSome(story: Story, defendants: readonly Defendant[]): void {
  const weakness = 1 - story.profile.strength.prosecution;
  for (const defendant of defendants) {
    if (defendant.outcome === 'charged' && story.random.chance(0.03 + 0.12 * weakness)) {
      story.onCase(
        'WithdrawCharges',
        {
          partyId: defendant.partyId,
          reasonCode: story.random.pick([
            'insufficient_evidence',
            'public_interest',
            'diverted_or_compounded',
          ]),
        },
        'prosecutor',
      );
      defendant.outcome = 'withdrawn';
    }
  }
}
