import {
  caseStages,
  chainOutcomes,
  defendantStatuses,
  type CaseStage,
  type ChainOutcome,
  type DefendantStatus,
} from '@greenchain/contracts';
import {
  caseCommandRoles,
  caseProgress,
  evidenceCommandRoles,
  type CaseCommandType,
  type EvidenceCommandType,
} from '@greenchain/domain';
import { decideStreams } from '../writer/decide-streams';
import { coreAgreements } from './scenarios';
import { generateWorld, worldAsOf } from './generate-world';
import type { GeneratedCase } from './plan-case';

const world = [...generateWorld({ seed: 7, cases: 1500 })];

function coverage(cases: readonly GeneratedCase[]) {
  const stages = new Set<CaseStage | undefined>();
  const outcomes = new Set<ChainOutcome>();
  const statuses = new Set<DefendantStatus>();
  for (const generated of cases) {
    const [caseStream] = decideStreams(generated.commands);
    if (caseStream?.streamType !== 'case') throw new Error('the case stream comes first');
    const progress = caseProgress(caseStream.state);
    stages.add(progress.stage);
    outcomes.add(progress.outcome);
    for (const defendant of Object.values(progress.defendants)) statuses.add(defendant.status);
  }
  return { stages, outcomes, statuses };
}

describe('the demo world generator', () => {
  it('gives the same world for the same seed, and another for another seed', () => {
    expect([...generateWorld({ seed: 7, cases: 200 })]).toEqual(world.slice(0, 200));
    const other = [...generateWorld({ seed: 8, cases: 200 })];
    expect(other.map((generated) => generated.caseId)).not.toEqual(
      world.slice(0, 200).map((generated) => generated.caseId),
    );
  });

  it('draws every id once', () => {
    const ids = world.flatMap((generated) => [
      generated.caseId,
      ...generated.commands.map((planned) => planned.commandId),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes only commands the deciders accept, each replayed case at its own stage', () => {
    const refused = world.flatMap((generated) => {
      try {
        decideStreams(generated.commands);
        return [];
      } catch (error) {
        return [{ index: generated.index, error: String(error) }];
      }
    });
    expect(refused).toEqual([]);
  });

  it('covers every stage, chain outcome and defendant status', () => {
    const { stages, outcomes, statuses } = coverage(world);
    expect([...stages].sort()).toEqual([...caseStages].sort());
    expect([...outcomes].sort()).toEqual([...chainOutcomes].sort());
    expect([...statuses].sort()).toEqual([...defendantStatuses].sort());
  });

  it('seizes goods under all seven agreements', () => {
    const agreements = new Set(
      world.flatMap((generated) =>
        generated.commands.flatMap((planned) =>
          planned.command.type === 'AddCommodityItem' ? planned.command.data.agreements : [],
        ),
      ),
    );
    expect([...agreements].sort()).toEqual(expect.arrayContaining([...coreAgreements].sort()));
  });

  it('issues every command a user can issue, each by a role allowed to, in the case country', () => {
    const types = new Set<string>();
    const misattributed: string[] = [];
    for (const generated of world) {
      for (const { command } of generated.commands) {
        types.add(command.type);
        const allowed: readonly string[] =
          command.type in caseCommandRoles
            ? caseCommandRoles[command.type as CaseCommandType]
            : evidenceCommandRoles[command.type as EvidenceCommandType];
        const { role, country } = command.metadata.actor;
        if (!allowed.includes(role) || country !== generated.country) {
          misattributed.push(`${generated.index} ${command.type} by ${role} of ${country}`);
        }
      }
    }
    expect(misattributed).toEqual([]);
    // Attached files need their bytes in storage, which the world (events only) does not write.
    const notGenerated = new Set(['FlagDeadlineMissed', 'AttachDocument', 'CorrectDocument']);
    const userCommands = [
      ...Object.keys(caseCommandRoles).filter((type) => !notGenerated.has(type)),
      ...Object.keys(evidenceCommandRoles),
    ];
    expect([...types].sort()).toEqual(userCommands.sort());
  });

  it('dates every fact in order within its stream, before the as-of date', () => {
    const asOf = worldAsOf(7);
    const misdated: string[] = [];
    for (const generated of world) {
      const last = new Map<string, string>();
      for (const { streamId, command } of generated.commands) {
        const day = command.metadata.occurredAt;
        if (day > asOf || day < (last.get(streamId) ?? '')) {
          misdated.push(`${generated.index} ${command.type} on ${day}`);
        }
        last.set(streamId, day);
      }
    }
    expect(misdated).toEqual([]);
  });

  it('lets the chain break at different links in different countries', () => {
    const endings = new Map<string, { settled: number; cases: number }>();
    for (const generated of world) {
      const entry = endings.get(generated.country) ?? { settled: 0, cases: 0 };
      entry.cases += 1;
      if (generated.commands.some((planned) => planned.command.type === 'SettleAdministratively'))
        entry.settled += 1;
      endings.set(generated.country, entry);
    }
    expect(endings.size).toBeGreaterThanOrEqual(40);
    const shares = [...endings.values()]
      .filter((entry) => entry.cases >= 20)
      .map((entry) => entry.settled / entry.cases);
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.15);
  });
});
