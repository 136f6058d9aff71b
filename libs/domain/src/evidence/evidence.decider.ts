import type { Decider } from '../decider';
import { refuseImpossibleActor } from '../shared/actor-role';
import { commandTime } from '../shared/command-time';
import { destroyEvidence } from './decide/destroy-evidence';
import { recordEvidenceExamination } from './decide/record-evidence-examination';
import { registerEvidence } from './decide/register-evidence';
import { releaseEvidence } from './decide/release-evidence';
import { sealEvidence } from './decide/seal-evidence';
import { transferCustody } from './decide/transfer-custody';
import type { EvidenceCommand } from './evidence.commands';
import { evidenceError } from './evidence.errors';
import type { EvidenceEvent } from './evidence.events';
import { evolveEvidence, initialEvidenceState, type EvidenceState } from './evidence.state';

export function decideEvidence(command: EvidenceCommand, state: EvidenceState): EvidenceEvent[] {
  refuseImpossibleActor('evidence/actor-not-allowed', command.metadata, false);
  const context = { at: commandTime(command.metadata) };
  if (command.type === 'RegisterEvidence') return registerEvidence(command, state, context);
  if (state.status === 'absent') {
    return evidenceError('evidence/not-registered', 'register the exhibit first', 'type');
  }
  switch (command.type) {
    case 'SealEvidence':
      return sealEvidence(command, state, context);
    case 'TransferCustody':
      return transferCustody(command, state, context);
    case 'RecordEvidenceExamination':
      return recordEvidenceExamination(command, state, context);
    case 'ReleaseEvidence':
      return releaseEvidence(command, state, context);
    case 'DestroyEvidence':
      return destroyEvidence(command, state, context);
  }
}

/** One exhibit's custody chain: stream `evidence-<evidenceId>`. */
export const evidenceDecider: Decider<EvidenceCommand, EvidenceEvent, EvidenceState> = {
  initialState: initialEvidenceState,
  decide: decideEvidence,
  evolve: evolveEvidence,
};
