import type { Holder } from '@greenchain/domain';
import type { ActingRole } from './demo-actors';
import type { Exhibit, Story } from './story';

function holderOf(story: Story, role: ActingRole, unit: string): Holder {
  return {
    holderId: `${unit}-${story.profile.code.toLowerCase()}`,
    agency:
      role === 'customs'
        ? `${story.profile.agencies.customs} - ${unit}`
        : story.profile.agencies[role],
    country: story.profile.code,
  };
}

function transfer(
  story: Story,
  exhibit: Exhibit,
  to: Holder,
  role: ActingRole,
  place: string,
): void {
  story.onEvidence(
    exhibit.evidenceId,
    'TransferCustody',
    {
      transferId: story.id(),
      fromHolderId: exhibit.holder.holderId,
      to,
      place,
      condition: story.random.chance(0.95)
        ? 'Seal intact, packaging sound'
        : 'Outer packaging torn, seal intact',
      ...(exhibit.seal === undefined ? {} : { sealNumber: exhibit.seal }),
    },
    role,
  );
  exhibit.holder = to;
}

/** The laboratory breaks the seal, tests, reseals; the result goes on the case too. */
export function testInLaboratory(story: Story): void {
  const lab = story.scenario.lab;
  if (!lab) return;
  const laboratory = holderOf(story, 'customs', 'laboratory');
  for (const exhibit of story.exhibits) {
    const store = exhibit.holder;
    transfer(story, exhibit, laboratory, 'customs', 'Customs bonded store');
    story.wait(1, 30);
    const newSeal = `${story.profile.code}-L-${story.random.int(100_000, 999_999)}`;
    story.onEvidence(
      exhibit.evidenceId,
      'RecordEvidenceExamination',
      {
        examinationId: story.id(),
        examinerHolderId: laboratory.holderId,
        method: lab.method,
        findings: lab.result,
        sealBroken: true,
        newSealNumber: newSeal,
      },
      'customs',
    );
    exhibit.seal = newSeal;
    story.onCase(
      'RecordLabResult',
      {
        labResultId: story.id(),
        itemId: exhibit.itemId,
        laboratory: laboratory.agency,
        method: lab.method,
        result: lab.result,
        ...(lab.substance === undefined ? {} : { substanceIdentified: lab.substance }),
      },
      'customs',
    );
    transfer(story, exhibit, store, 'customs', 'Customs laboratory');
  }
}

/** Exhibits go to the court registry once a trial begins. */
export function handOverToCourt(story: Story): void {
  const registry = holderOf(story, 'judiciary', 'court-registry');
  for (const exhibit of story.exhibits) {
    if (exhibit.holder.holderId !== registry.holderId) {
      transfer(story, exhibit, registry, 'customs', story.profile.court);
    }
  }
}

/** The exhibit follows its goods: destroyed with them, or released once the case is over. */
export function closeCustody(story: Story, itemId: string, method: string): void {
  const exhibit = story.exhibits.find((entry) => entry.itemId === itemId);
  if (!exhibit) return;
  const role: ActingRole = exhibit.holder.holderId.startsWith('court-registry')
    ? 'judiciary'
    : 'customs';
  if (method === 'destroyed') {
    story.onEvidence(
      exhibit.evidenceId,
      'DestroyEvidence',
      {
        holderId: exhibit.holder.holderId,
        method: 'Incineration under supervision',
        reason: 'Goods ordered destroyed',
        authority: `Destruction order ${story.profile.code}/${story.today.slice(0, 4)}/${story.random.int(10, 999)}`,
        witness: story.profile.agencies.prosecutor,
      },
      role,
    );
  } else {
    story.onEvidence(
      exhibit.evidenceId,
      'ReleaseEvidence',
      {
        holderId: exhibit.holder.holderId,
        releasedTo: story.profile.agencies.customs,
        reason: 'Case concluded; exhibit no longer needed',
      },
      role,
    );
  }
}
