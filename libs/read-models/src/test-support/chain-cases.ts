import { caseStream, type DomainEvent } from '@greenchain/domain';
import {
  accepted,
  charged,
  chargesFiled,
  detected,
  event,
  item,
  overturnedOnAppeal,
  personA,
  referred,
  seizure,
  sentenced,
  settled,
  verdict,
} from '@greenchain/domain/fixtures/case.fixtures';
import { randomUUID } from 'node:crypto';
import { caseHistoryProjection } from '../projections';
import { appendEvents, project, type ReadModelFixture } from './read-model-fixture';

const declined = (partyIds: string[], reasonCode: string, scope: 'all' | 'defendant') =>
  event('ProsecutionDeclined', { scope, partyIds, reasonCode }, '2024-03-20');

const dismissed = (partyId: string, outcome: 'dismissed_on_merits' | 'dismissed_procedural') =>
  event('VerdictRecorded', { partyId, outcome }, '2024-05-01');

/**
 * Cases that leave the chain at every step, each with a person (A) and a company (B), seized on
 * 1 March 2024, referred 10 March, accepted 15 March, charges 1 April, verdicts 1 May, sentences
 * 10 May; in Paraguay unless said otherwise. The funnel and drop-out tests count them by hand.
 */
export const chainCases: Readonly<Record<string, readonly DomainEvent[]>> = {
  /** Never referred. */
  detected,
  /** Settled by customs on 5 March. */
  settled,
  /** A declined (public interest) on 20 March; B charged, convicted and sentenced to prison. */
  declinedOne: [
    ...accepted,
    declined(['party-a'], 'public_interest', 'defendant'),
    chargesFiled('party-b'),
    verdict('party-b', 'convicted'),
    event(
      'SentenceImposed',
      {
        sentenceId: 'sentence-b',
        partyId: 'party-b',
        penaltyLines: [{ type: 'imprisonment', months: 24, suspended: false }],
        statutoryMaximum: { imprisonmentMonths: 60 },
      },
      '2024-05-10',
    ),
  ],
  /** Both declined for want of evidence on 20 March; a third party named on 25 March, undecided. */
  declinedAll: [
    ...accepted,
    declined(['party-a', 'party-b'], 'insufficient_evidence', 'all'),
    event('PartyAdded', { ...personA, partyId: 'party-c' }, '2024-03-25'),
  ],
  /** A's charges withdrawn on 20 April, B acquitted. */
  withdrawnAndAcquitted: [
    ...charged,
    event(
      'ChargesWithdrawn',
      { partyId: 'party-a', chargeIds: ['charge-party-a'], reasonCode: 'insufficient_evidence' },
      '2024-04-20',
    ),
    verdict('party-b', 'acquitted'),
  ],
  /** A dismissed on the merits, B on procedure. */
  dismissed: [
    ...charged,
    dismissed('party-a', 'dismissed_on_merits'),
    dismissed('party-b', 'dismissed_procedural'),
  ],
  /** Both convicted and sentenced (a suspended term and a fine below the value); A's conviction overturned on 1 September. */
  overturned: [
    ...charged,
    verdict('party-a', 'convicted'),
    verdict('party-b', 'convicted'),
    sentenced('party-a'),
    sentenced('party-b'),
    ...overturnedOnAppeal('party-a', '2024-06-01', '2024-09-01'),
  ],
  /** Kenya: offender unknown, no party named; declined as a whole on 20 March. */
  unknownOffender: [
    event('SeizureRecorded', { ...seizure, country: 'KE' }, '2024-03-01'),
    event('CommodityItemAdded', item, '2024-03-01'),
    ...referred.slice(detected.length),
    ...accepted.slice(referred.length),
    declined([], 'offender_unknown_or_absconded', 'all'),
  ],
};

/** Every chain case in its own stream, projected into the case history. */
export async function projectChainCases(fixture: ReadModelFixture): Promise<void> {
  for (const events of Object.values(chainCases)) {
    await appendEvents(fixture.store, caseStream.streamId(randomUUID()), events);
  }
  await project(fixture, caseHistoryProjection);
}
