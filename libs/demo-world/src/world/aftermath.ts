import { closeCustody } from './custody';
import { atRest, fineOf, type Defendant } from './defendants';
import type { ActingRole } from './demo-actors';
import type { Story } from './story';

/** Customs closes the matter itself: a fine, often confiscation, a re-export order for waste. */
export function settle(story: Story, defendants: readonly Defendant[]): void {
  const { random, scenario, profile } = story;
  story.wait(5, 120);
  const fine = story.local(random.int(300, 60_000));
  story.onCase(
    'SettleAdministratively',
    {
      settlementId: story.id(),
      partyIds: defendants.map((defendant) => defendant.partyId),
      penaltyLines: [
        { type: 'fine', amount: fine },
        ...(random.chance(0.5)
          ? [{ type: 'confiscation_of_goods' as const, itemIds: [...story.itemIds] }]
          : []),
      ],
      reExportOrder: ['BC', 'CPB', 'RC'].includes(scenario.agreement) && random.chance(0.6),
      note: 'Compounded under the customs code',
    },
    'customs',
  );
  const payer = defendants[0];
  if (payer && random.chance(0.3 + 0.6 * profile.strength.customs)) {
    story.wait(5, 150);
    story.onCase(
      'RecordPenaltyEnforcement',
      { enforcementId: story.id(), partyId: payer.partyId, kind: 'fine_paid', amount: fine },
      'customs',
    );
  }
}

/** Fines paid and prison terms served, more often where courts are strong. */
export function enforce(story: Story, defendants: readonly Defendant[]): void {
  const { random, profile } = story;
  for (const defendant of defendants) {
    const fine = fineOf(defendant.penalties);
    if (fine && random.chance(0.25 + 0.65 * profile.strength.court)) {
      story.wait(10, 200);
      story.onCase(
        'RecordPenaltyEnforcement',
        { enforcementId: story.id(), partyId: defendant.partyId, kind: 'fine_paid', amount: fine },
        'judiciary',
      );
    }
    const custodial = defendant.penalties?.some(
      (line) => line.type === 'imprisonment' && !line.suspended,
    );
    if (custodial && random.chance(0.85)) {
      story.wait(1, 30);
      story.onCase(
        'RecordPenaltyEnforcement',
        {
          enforcementId: story.id(),
          partyId: defendant.partyId,
          kind: 'penalty_enforced',
          penaltyType: 'imprisonment',
        },
        'judiciary',
      );
    }
  }
}

export function dispose(story: Story): void {
  const { random, scenario } = story;
  for (const itemId of story.itemIds) {
    if (!random.chance(0.75)) continue;
    story.wait(5, 150);
    const method = random.pick(scenario.disposals);
    story.onCase(
      'RecordDisposal',
      {
        disposalId: story.id(),
        itemId,
        method,
        ...(random.chance(0.5) ? { cost: story.local(random.int(200, 20_000)) } : {}),
      },
      'customs',
    );
    closeCustody(story, itemId, method);
  }
}

/** Once every defendant is at rest, the owner of the stage it ended in usually closes the case. */
export function close(
  story: Story,
  defendants: readonly Defendant[] | 'settled',
  owner: ActingRole,
): void {
  const { random } = story;
  if (defendants !== 'settled' && !defendants.every((defendant) => atRest.has(defendant.outcome)))
    return;
  if (!random.chance(0.85)) return;
  story.wait(1, 60);
  story.onCase('CloseCase', { reasonCode: 'concluded' }, owner);
  if (random.chance(0.03)) {
    story.wait(30, 400);
    story.onCase('ReopenCase', { reason: 'New evidence from a linked seizure' }, owner);
  }
}

/** Seizing countries share with the origin or destination country to trace the network. */
export function share(story: Story): void {
  const { random, profile } = story;
  if (!random.chance(0.1)) return;
  const partner = random.pick(
    [...story.scenario.origins, ...story.scenario.destinations].filter(
      (code) => code !== profile.code,
    ),
  );
  const shareId = story.id();
  story.onCase(
    'ShareCase',
    {
      shareId,
      country: partner,
      agency: `${partner} customs liaison office`,
      fields: random.chance(0.3) ? ['seizure', 'items', 'parties'] : ['seizure', 'items'],
      until: story.dateIn(random.int(90, 720)),
    },
    'customs',
  );
  if (random.chance(0.2)) {
    story.wait(10, 200);
    story.onCase(
      'RevokeShare',
      { shareId, reason: 'Investigation closed in the partner country' },
      'customs',
    );
  }
}

/**
 * Some wildlife seizures feed an investigation abroad: customs say at once that the CITES report
 * will not name the destination. One CITES case in ten, by its serial, so that the demo's Reports
 * page shows an explained gap.
 */
export function withholdDestination(story: Story): void {
  if (story.scenario.agreement !== 'CITES' || story.serial % 10 !== 0) return;
  story.onCase(
    'ExplainReportGap',
    { report: 'cites-aitr', column: 'destination', reason: 'withheld-investigation' },
    'customs',
  );
}
