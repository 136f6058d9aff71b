import { deciderSpec } from '@greenchain/testing';
import {
  caseCommand as command,
  charged,
  event,
  judged,
  sentence,
  sentenced,
  verdict,
} from '../fixtures/case.fixtures';
import { caseDecider } from './case.decider';

const spec = deciderSpec(caseDecider);

describe('ImposeSentence', () => {
  const imposed = { sentenceId: 'sentence-party-a', partyId: 'party-a', ...sentence };
  const convictedA = [...charged, verdict('party-a', 'convicted'), verdict('party-b', 'acquitted')];

  it('sentences a convicted defendant with penalty lines and statutory maxima', () =>
    spec
      .given(convictedA)
      .when(command('ImposeSentence', imposed, '2024-05-10'))
      .then([sentenced('party-a')]));

  it('refuses to sentence an acquitted defendant', () =>
    spec
      .given(convictedA)
      .when(command('ImposeSentence', { ...imposed, sentenceId: 's-b', partyId: 'party-b' }))
      .thenThrows('case/not-convicted', 'data.partyId'));

  it('refuses a sentence without a verdict', () =>
    spec
      .given(charged)
      .when(command('ImposeSentence', imposed))
      .thenThrows('case/not-convicted', 'data.partyId'));

  it('refuses a fine above the statutory maximum unless the judgment says why', () => {
    const excessive = {
      ...imposed,
      penaltyLines: [{ type: 'fine' as const, amount: { amount: 60000, currency: 'USD' } }],
    };
    spec
      .given(convictedA)
      .when(command('ImposeSentence', excessive))
      .thenThrows('case/fine-above-statutory-maximum', 'data.penaltyLines');
    spec
      .given(convictedA)
      .when(
        command('ImposeSentence', {
          ...excessive,
          aboveMaximumReason: 'maximum applies per cylinder',
        }),
      )
      .then([
        event(
          'SentenceImposed',
          { ...excessive, aboveMaximumReason: 'maximum applies per cylinder' },
          '2024-06-01',
        ),
      ]);
  });

  it('refuses a fine in another currency than the maximum', () =>
    spec
      .given(convictedA)
      .when(
        command('ImposeSentence', {
          ...imposed,
          penaltyLines: [{ type: 'fine', amount: { amount: 10, currency: 'PYG' } }],
        }),
      )
      .thenThrows('case/currency-mismatch', 'data.penaltyLines'));

  it('refuses a prison term above the maximum', () =>
    spec
      .given(convictedA)
      .when(
        command('ImposeSentence', {
          ...imposed,
          penaltyLines: [{ type: 'imprisonment', months: 61, suspended: false }],
        }),
      )
      .thenThrows('case/term-above-statutory-maximum', 'data.penaltyLines'));

  it('refuses a second sentence, and does nothing for the same one', () => {
    spec.given(judged).when(command('ImposeSentence', imposed)).thenNothing();
    spec
      .given(judged)
      .when(command('ImposeSentence', { ...imposed, sentenceId: 'sentence-2' }))
      .thenThrows('case/already-sentenced', 'data.partyId');
  });
});

describe('FileAppeal', () => {
  const appeal = {
    appealId: 'ap-1',
    partyId: 'party-a',
    appellant: 'defence' as const,
    against: 'verdict' as const,
  };
  const filed = event('AppealFiled', appeal, '2024-05-20');

  it('files an appeal after the verdict', () =>
    spec
      .given(judged)
      .when(command('FileAppeal', appeal, '2024-05-20'))
      .then([filed]));

  it('lets the prosecution appeal an acquittal', () => {
    const prosecution = {
      appealId: 'ap-2',
      partyId: 'party-b',
      appellant: 'prosecution' as const,
      against: 'verdict' as const,
    };
    spec
      .given(judged)
      .when(command('FileAppeal', prosecution))
      .then([event('AppealFiled', prosecution, '2024-06-01')]);
  });

  it('refuses an appeal before a verdict', () =>
    spec
      .given(charged)
      .when(command('FileAppeal', appeal))
      .thenThrows('case/no-verdict', 'data.partyId'));

  it('refuses an appeal against a sentence not imposed', () =>
    spec
      .given([...charged, verdict('party-a', 'convicted')])
      .when(command('FileAppeal', { ...appeal, against: 'sentence' }))
      .thenThrows('case/not-sentenced', 'data.against'));

  it('refuses a second appeal while one is pending', () =>
    spec
      .given([...judged, filed])
      .when(command('FileAppeal', { ...appeal, appealId: 'ap-3' }))
      .thenThrows('case/appeal-pending', 'data.partyId'));

  it('does nothing when the same appeal is filed again', () =>
    spec
      .given([...judged, filed])
      .when(command('FileAppeal', appeal))
      .thenNothing());
});

describe('DecideAppeal', () => {
  const filed = event(
    'AppealFiled',
    { appealId: 'ap-1', partyId: 'party-a', appellant: 'defence', against: 'sentence' },
    '2024-05-20',
  );
  const newSentence = {
    sentenceId: 'sentence-2',
    ...sentence,
    penaltyLines: [{ type: 'fine' as const, amount: { amount: 5000, currency: 'USD' } }],
  };

  it('varies the sentence, which replaces the first', () =>
    spec
      .given([...judged, filed])
      .when(command('DecideAppeal', { appealId: 'ap-1', outcome: 'varied', newSentence }))
      .then([
        event(
          'AppealDecided',
          { appealId: 'ap-1', partyId: 'party-a', outcome: 'varied', newSentence },
          '2024-06-01',
        ),
      ]));

  it('overturns the conviction', () =>
    spec
      .given([...judged, filed])
      .when(command('DecideAppeal', { appealId: 'ap-1', outcome: 'overturned' }))
      .then([
        event(
          'AppealDecided',
          { appealId: 'ap-1', partyId: 'party-a', outcome: 'overturned' },
          '2024-06-01',
        ),
      ]));

  it('refuses a varied appeal without the new sentence', () =>
    spec
      .given([...judged, filed])
      .when(command('DecideAppeal', { appealId: 'ap-1', outcome: 'varied' }))
      .thenThrows('case/new-sentence-required', 'data.newSentence'));

  it('refuses a new sentence when the appeal is upheld', () =>
    spec
      .given([...judged, filed])
      .when(command('DecideAppeal', { appealId: 'ap-1', outcome: 'upheld', newSentence }))
      .thenThrows('case/new-sentence-not-allowed', 'data.newSentence'));

  it('refuses an unknown appeal', () =>
    spec
      .given(judged)
      .when(command('DecideAppeal', { appealId: 'ap-9', outcome: 'upheld' }))
      .thenThrows('case/appeal-not-found', 'data.appealId'));

  it('does nothing when the same decision is sent again, refuses another', () => {
    const decided = event(
      'AppealDecided',
      { appealId: 'ap-1', partyId: 'party-a', outcome: 'upheld' },
      '2024-06-01',
    );
    spec
      .given([...judged, filed, decided])
      .when(command('DecideAppeal', { appealId: 'ap-1', outcome: 'upheld' }))
      .thenNothing();
    spec
      .given([...judged, filed, decided])
      .when(command('DecideAppeal', { appealId: 'ap-1', outcome: 'overturned' }))
      .thenThrows('case/appeal-already-decided', 'data.appealId');
  });

  it('leaves a defendant whose conviction was overturned unsentenceable', () => {
    const overturned = event(
      'AppealDecided',
      { appealId: 'ap-1', partyId: 'party-a', outcome: 'overturned' },
      '2024-06-01',
    );
    spec
      .given([
        ...charged,
        verdict('party-a', 'convicted'),
        event(
          'AppealFiled',
          { appealId: 'ap-1', partyId: 'party-a', appellant: 'defence', against: 'verdict' },
          '2024-05-02',
        ),
        overturned,
      ])
      .when(
        command(
          'ImposeSentence',
          { sentenceId: 's-x', partyId: 'party-a', ...sentence },
          '2024-06-02',
        ),
      )
      .thenThrows('case/not-convicted', 'data.partyId');
  });
});
