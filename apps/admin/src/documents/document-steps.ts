import { type DocumentTarget } from '@greenchain/contracts';
import { type CaseState, partyName } from '../cases/case-record';

type StepTarget = Extract<DocumentTarget, { kind: 'step' }>;

/** A step of the chain a file may be attached to, with what tells it apart from its kind. */
export interface StepChoice {
  readonly target: StepTarget;
  readonly detail: string;
}

/**
 * The steps that happened, which the API takes files for: the referral, each defendant's charges
 * and verdict, each sentence and each disposal (a charge sheet to the charges, a judgment to the
 * verdict, a destruction certificate to the disposal).
 */
export function stepChoices(state: CaseState): StepChoice[] {
  const parties = state.parties;
  const named = (partyId: string) => {
    const party = parties[partyId];
    return (party && partyName(party.details)) ?? partyId.slice(0, 8);
  };
  const defendants = Object.entries(parties);
  const referral = state.referral?.request;
  return [
    ...(referral
      ? [
          {
            target: { kind: 'step', step: 'referral', stepId: referral.referralId },
            detail: referral.office,
          } as const,
        ]
      : []),
    ...defendants
      .filter(([, party]) => Object.keys(party.defendant?.charges ?? {}).length > 0)
      .map(
        ([partyId]) =>
          ({
            target: { kind: 'step', step: 'charges', stepId: partyId },
            detail: named(partyId),
          }) as const,
      ),
    ...defendants
      .filter(([, party]) => party.defendant?.verdict !== undefined)
      .map(
        ([partyId]) =>
          ({
            target: { kind: 'step', step: 'verdict', stepId: partyId },
            detail: named(partyId),
          }) as const,
      ),
    ...Object.values(state.sentences ?? {}).map(
      ({ sentenceId, partyId }) =>
        ({
          target: { kind: 'step', step: 'sentence', stepId: sentenceId },
          detail: named(partyId),
        }) as const,
    ),
    ...Object.values(state.disposals ?? {}).map(
      ({ disposalId, itemId }) =>
        ({
          target: { kind: 'step', step: 'disposal', stepId: disposalId },
          detail: state.items[itemId]?.details.descriptionEstablished ?? itemId.slice(0, 8),
        }) as const,
    ),
  ];
}
