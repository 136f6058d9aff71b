import { deciderSpec } from '@greenchain/testing';
import { fold, type DomainEvent } from '../decider';
import { evidenceDecider } from '../evidence/evidence.decider';
import {
  caseCommand as command,
  companyB,
  detected,
  event,
  personA,
  referred,
  sentence,
} from '../fixtures/case.fixtures';
import { evidenceRegistered } from '../fixtures/evidence.fixtures';
import { by } from '../fixtures/metadata';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import { caseNarrativeSubject, personalFieldsOf } from './personal-fields';

const caseSpec = deciderSpec(caseDecider);
const narrative = caseNarrativeSubject('case-1');

/** What `decide` emits for a command, run through personalFieldsOf. */
function decidedFields(given: readonly DomainEvent[], when: ReturnType<typeof command>) {
  const state = fold(caseDecider, given as readonly CaseEvent[]);
  return caseDecider.decide(when, state).map((emitted) => personalFieldsOf(emitted, 'case-1'));
}

describe('personal fields of parties', () => {
  it("lists a person's identifying fields under the party as subject", () =>
    expect(personalFieldsOf(event('PartyAdded', personA, '2024-03-01'), 'case-1')).toEqual([
      { subjectId: 'party-a', paths: ['name', 'dateOfBirth', 'idDocument', 'address'] },
    ]));

  it("leaves a person's sex and age band in clear, beside the nationality, for the reports to count", () =>
    expect(
      personalFieldsOf(
        event('PartyAdded', { ...personA, sex: 'female', ageBand: 'adult' }, '2024-03-01'),
        'case-1',
      ),
    ).toEqual([{ subjectId: 'party-a', paths: ['name', 'dateOfBirth', 'idDocument', 'address'] }]));

  it("encrypts a company's name and contact under its party key, since it may turn out a person", () =>
    expect(personalFieldsOf(event('PartyAdded', companyB, '2024-03-01'), 'case-1')).toEqual([
      { subjectId: 'party-b', paths: ['name', 'contact'] },
    ]));

  it('given a company, when it is amended to a person, then the amendment is one fact whose identifying fields are all personal under the same party', () => {
    const asPerson = {
      ...companyB,
      kind: 'person' as const,
      name: 'Ana Gómez',
      dateOfBirth: '1980-01-02',
      address: 'Calle 2, Asunción',
    };
    caseSpec
      .given(detected)
      .when(command('AmendParty', asPerson))
      .then([event('PartyAmended', asPerson, '2024-06-01')]);
    expect(decidedFields(detected, command('AmendParty', asPerson))).toEqual([
      [{ subjectId: 'party-b', paths: ['name', 'dateOfBirth', 'address', 'contact'] }],
    ]);
  });

  it('given a person, when it is amended to a company, then its name stays encrypted under the party', () =>
    expect(
      decidedFields(detected, command('AmendParty', { ...personA, kind: 'company' })).flat(),
    ).toEqual([{ subjectId: 'party-a', paths: ['name', 'dateOfBirth', 'idDocument', 'address'] }]));
});

describe('free text of a case', () => {
  it('given a case, when it is referred, then the summary is personal under the case narrative subject', () =>
    expect(
      decidedFields(
        detected,
        command('ReferToProsecution', { referralId: 'ref-1', office: 'F', summary: 'Juan lied' }),
      ),
    ).toEqual([[{ subjectId: narrative, paths: ['summary'] }]]));

  it('finds free text inside arrays and nested sentences, and the date-order reason of any event', () =>
    expect(
      personalFieldsOf(
        event(
          'AppealDecided',
          {
            appealId: 'ap-1',
            partyId: 'party-a',
            outcome: 'varied',
            newSentence: {
              ...sentence,
              sentenceId: 's-2',
              aboveMaximumReason: 'per specimen',
              penaltyLines: [
                ...sentence.penaltyLines,
                { type: 'cease_and_desist', description: 'stop trading with Juan' },
              ],
            },
            dateOrderReason: 'late filing',
          },
          '2024-09-01',
        ),
        'case-1',
      ),
    ).toEqual([
      {
        subjectId: narrative,
        paths: [
          'newSentence.aboveMaximumReason',
          'newSentence.penaltyLines.2.description',
          'dateOrderReason',
        ],
      },
    ]));

  it('given a referral, when it is returned, then the reason is personal', () =>
    expect(
      decidedFields(
        referred,
        command(
          'ReturnReferral',
          { referralId: 'ref-1', reason: 'witness Ana missing' },
          '2024-03-12',
          'prosecutor',
        ),
      ),
    ).toEqual([[{ subjectId: narrative, paths: ['reason'] }]]));

  it("lists an exhibit's description and findings under its case's narrative subject", () => {
    expect(personalFieldsOf(evidenceRegistered, 'case-1')).toEqual([
      { subjectId: narrative, paths: ['description'] },
    ]);
    const examined = evidenceDecider.decide(
      {
        type: 'RecordEvidenceExamination',
        data: {
          examinationId: 'x-1',
          examinerHolderId: 'store-1',
          method: 'GC-MS',
          findings: 'prints of Juan',
          sealBroken: false,
        },
        metadata: by('customs', '2024-03-02'),
      },
      evidenceDecider.evolve(evidenceDecider.initialState(), evidenceRegistered),
    );
    expect(examined.map((emitted) => personalFieldsOf(emitted, 'case-1'))).toEqual([
      [{ subjectId: narrative, paths: ['findings'] }],
    ]);
  });

  it('finds none in events without free text', () =>
    expect(personalFieldsOf(detected[1]!, 'case-1')).toEqual([]));
});
