import {
  chainOutcome,
  type CaseState,
  type PartyState,
  type PenaltyLine,
} from '@greenchain/domain';
import { dateOf } from '../../shared/case-events';
import type { ReportCase, ReportDefendant, ReportItem, ReportPenalty } from './report-case';

const penaltyOf = (line: PenaltyLine): ReportPenalty => ({
  type: line.type,
  amount: 'amount' in line ? line.amount : null,
  months: 'months' in line && line.months !== undefined ? line.months : null,
  suspended: 'suspended' in line ? line.suspended : null,
});

function defendantOf({ details, defendant }: PartyState): ReportDefendant {
  // A party amended from person to company keeps what was recorded of the person in its events.
  const person = details.kind === 'person';
  return {
    partyId: details.partyId,
    kind: details.kind,
    role: details.role,
    nationality: details.nationality ?? details.country ?? null,
    sex: person ? (details.sex ?? null) : null,
    ageBand: person ? (details.ageBand ?? null) : null,
    charges: Object.values(defendant.charges).map(({ statute, section, iccsClass }) => ({
      statute,
      section,
      iccsClass,
    })),
    chargedOn: dateOf(defendant.chargedAt),
    declinedOn: dateOf(defendant.declined?.occurredAt),
    withdrawnOn: dateOf(defendant.withdrawn?.occurredAt),
    verdict: defendant.verdict
      ? { outcome: defendant.verdict.outcome, on: dateOf(defendant.verdict.occurredAt) ?? '' }
      : null,
    sentence: defendant.sentence
      ? {
          on: dateOf(defendant.sentence.occurredAt) ?? '',
          penalties: defendant.sentence.penaltyLines.map(penaltyOf),
        }
      : null,
  };
}

function itemsOf(state: CaseState): ReportItem[] {
  return Object.values(state.items)
    .filter((item) => !item.removed)
    .map(({ details, disposalId }) => {
      const disposal = disposalId === undefined ? undefined : state.disposals[disposalId];
      return {
        itemId: details.itemId,
        agreements: [...details.agreements],
        hsDeclared: details.hsDeclared ?? null,
        hsEstablished: details.hsEstablished ?? null,
        descriptionDeclared: details.descriptionDeclared ?? null,
        descriptionEstablished: details.descriptionEstablished,
        species: details.species ?? null,
        substance: details.substance ?? null,
        cites: details.cites
          ? {
              appendix: details.cites.appendix ?? null,
              term: details.cites.term ?? null,
              unit: details.cites.unit ?? null,
              source: details.cites.source ?? null,
            }
          : null,
        baselCode: details.baselCode ?? null,
        quantities: details.quantities.map(({ amount, unit }) => ({ amount, unit })),
        estimatedValue: details.estimatedValue ?? null,
        disposal: disposal
          ? { method: disposal.method, on: dateOf(disposal.occurredAt) ?? '' }
          : null,
      };
    });
}

/** A case's report facts from its folded state (personal fields are not read). */
export function reportCaseOf(caseId: string, state: CaseState): ReportCase {
  const seizure = state.seizure;
  return {
    caseId,
    reference: seizure?.reference ?? null,
    country: seizure?.country ?? '',
    agency: seizure?.agency ?? '',
    seizedOn: dateOf(seizure?.occurredAt),
    movementStartedOn: seizure?.movementStartedOn ?? null,
    location: seizure ? { name: seizure.location.name, type: seizure.location.type } : null,
    direction: seizure?.direction ?? null,
    transportMode: seizure?.transportMode ?? null,
    route: {
      origin: seizure?.route.origin ?? null,
      departure: seizure?.route.departure ?? null,
      transit: [...(seizure?.route.transit ?? [])],
      destination: seizure?.route.destination ?? null,
    },
    detectionMethods: [...(seizure?.detectionMethods ?? [])],
    concealmentMethod: seizure?.concealmentMethod ?? null,
    seizureReasons: [...(seizure?.legalBasis ?? [])],
    items: itemsOf(state),
    defendants: Object.values(state.parties).map(defendantOf),
    settlement: state.settlement
      ? {
          on: dateOf(state.settlement.occurredAt) ?? '',
          penalties: state.settlement.penaltyLines.map(penaltyOf),
          reExportOrder: state.settlement.reExportOrder,
        }
      : null,
    referredOn: dateOf(state.referral?.request.occurredAt),
    outcome: chainOutcome(state),
    closure:
      state.status === 'closed' && state.closure
        ? { on: dateOf(state.closure.occurredAt) ?? '', reasonCode: state.closure.reasonCode }
        : null,
    gapExplanations: Object.values(state.reportGaps).map(({ report, column, reason }) => ({
      report,
      column,
      reason,
    })),
  };
}

/** The latest business date among the facts a report year is chosen by. */
export function lastFactOn(reportCase: ReportCase): string | null {
  const dates = [
    reportCase.seizedOn,
    reportCase.settlement?.on,
    reportCase.closure?.on,
    ...reportCase.items.map((item) => item.disposal?.on),
    ...reportCase.defendants.flatMap((defendant) => [
      defendant.chargedOn,
      defendant.verdict?.on,
      defendant.sentence?.on,
    ]),
  ].filter((date): date is string => typeof date === 'string' && date !== '');
  return dates.sort().at(-1) ?? null;
}
