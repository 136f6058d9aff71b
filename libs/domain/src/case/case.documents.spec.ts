import { deciderSpec } from '@greenchain/testing';
import {
  caseCommand as command,
  charged,
  detected,
  event,
  judged,
} from '../fixtures/case.fixtures';
import { caseDecider } from './case.decider';

const spec = deciderSpec(caseDecider);

const photo = {
  documentId: 'doc-1',
  fileName: 'concealment.jpg',
  attachedTo: { kind: 'case' as const },
  personalData: 'may-hold' as const,
  declaredType: 'image/jpeg',
  detectedType: 'image/jpeg',
  size: 48213,
  sha256: 'a'.repeat(64),
};
const attached = event('DocumentAttached', photo, '2024-06-01');

describe('AttachDocument', () => {
  it('records a file attached to the case with the facts of its bytes', () =>
    spec.given(detected).when(command('AttachDocument', photo)).then([attached]));

  it('records a judgment attached to the verdict of a defendant', () => {
    const judgment = {
      ...photo,
      documentId: 'doc-2',
      fileName: 'judgment.pdf',
      attachedTo: { kind: 'step' as const, step: 'verdict' as const, stepId: 'party-a' },
      declaredType: 'application/pdf',
      detectedType: 'application/pdf',
    };
    return spec
      .given(judged)
      .when(command('AttachDocument', judgment, '2024-06-01', 'judiciary'))
      .then([event('DocumentAttached', judgment, '2024-06-01')]);
  });

  it('records a file attached to an exhibit by its id', () => {
    const exhibitPhoto = { ...photo, attachedTo: { kind: 'exhibit' as const, evidenceId: 'ev-1' } };
    return spec
      .given(detected)
      .when(command('AttachDocument', exhibitPhoto))
      .then([event('DocumentAttached', exhibitPhoto, '2024-06-01')]);
  });

  it('refuses a file attached to a verdict not yet recorded', () =>
    spec
      .given(charged)
      .when(
        command('AttachDocument', {
          ...photo,
          attachedTo: { kind: 'step', step: 'verdict', stepId: 'party-a' },
        }),
      )
      .thenThrows('case/step-not-found', 'data.attachedTo.stepId'));

  it('refuses a step that is not one a file may be attached to', () =>
    spec
      .given(charged)
      .when(
        command('AttachDocument', {
          ...photo,
          attachedTo: { kind: 'step', step: 'everything' as never, stepId: 'party-a' },
        }),
      )
      .thenThrows('value/not-in-code-list', 'data.attachedTo.step'));

  it('refuses a digest that is not a SHA-256', () =>
    spec
      .given(detected)
      .when(command('AttachDocument', { ...photo, sha256: 'abc' }))
      .thenThrows('value/invalid-digest', 'data.sha256'));

  it('refuses an empty file', () =>
    spec
      .given(detected)
      .when(command('AttachDocument', { ...photo, size: 0 }))
      .thenThrows('value/invalid-number', 'data.size'));

  it('refuses a file on a case not recorded', () =>
    spec.given([]).when(command('AttachDocument', photo)).thenThrows('case/not-found'));

  it('records nothing when the same file is attached again under its id', () =>
    spec
      .given([...detected, attached])
      .when(command('AttachDocument', photo))
      .thenNothing());

  it('refuses other bytes under a document id already used', () =>
    spec
      .given([...detected, attached])
      .when(command('AttachDocument', { ...photo, sha256: 'b'.repeat(64) }))
      .thenThrows('case/conflicting-repeat', 'data.documentId'));
});

describe('CorrectDocument', () => {
  const correction = {
    documentId: 'doc-1',
    fileName: 'concealment.jpg',
    attachedTo: { kind: 'case' as const },
    personalData: 'none' as const,
    reason: 'shows only the cylinders, nobody in frame',
  };

  it('records a corrected marking as a new fact', () =>
    spec
      .given([...detected, attached])
      .when(command('CorrectDocument', correction))
      .then([event('DocumentCorrected', correction, '2024-06-01')]));

  it('refuses a document the case does not hold', () =>
    spec
      .given(detected)
      .when(command('CorrectDocument', correction))
      .thenThrows('case/document-not-found', 'data.documentId'));

  it('records nothing when the details already stand', () =>
    spec
      .given([...detected, attached])
      .when(command('CorrectDocument', { ...correction, personalData: 'may-hold' }))
      .thenNothing());
});
