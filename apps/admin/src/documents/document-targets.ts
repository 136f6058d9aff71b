import { type DocumentStep, type DocumentTarget } from '@greenchain/contracts';
import { type ExhibitRow } from '../cases/use-case-exhibits';
import { type StepChoice } from './document-steps';

type Translate = (key: string, options?: object) => string;

/** A target as one select value: `case`, `exhibit:<evidenceId>`, `step:<step>:<stepId>`. */
export function targetChoiceId(target: DocumentTarget): string {
  if (target.kind === 'case') return 'case';
  if (target.kind === 'exhibit') return `exhibit:${target.evidenceId}`;
  return `step:${target.step}:${target.stepId}`;
}

export function targetOfChoice(choice: string): DocumentTarget {
  const [kind, id = '', stepId = ''] = choice.split(':');
  if (kind === 'exhibit') return { kind: 'exhibit', evidenceId: id };
  if (kind === 'step') return { kind: 'step', step: id as DocumentStep, stepId };
  return { kind: 'case' };
}

/** An exhibit as officers tell it apart: its kind and its seal. */
export function exhibitLabel(exhibit: ExhibitRow, translate: Translate): string {
  const kind = translate(`evidence.kinds.${exhibit.kind}`, { _: exhibit.kind });
  return [kind, exhibit.sealNumber].filter(Boolean).join(' · ');
}

/** What a file is attached to, in words. */
export function targetLabel(
  target: DocumentTarget,
  exhibits: readonly ExhibitRow[],
  translate: Translate,
): string {
  if (target.kind === 'case') return translate('documents.targets.case');
  if (target.kind === 'step') {
    return translate('documents.targets.step', {
      step: translate(`documents.steps.${target.step}`),
    });
  }
  const exhibit = exhibits.find((row) => row.id === target.evidenceId);
  return translate('documents.targets.exhibit', {
    exhibit: exhibit ? exhibitLabel(exhibit, translate) : target.evidenceId.slice(0, 8),
  });
}

/**
 * The targets offered for a file: the case, each exhibit, and the steps that happened (when
 * attaching; a correction keeps a step's file on its step, so it offers only the file's own).
 */
export function targetChoices(
  exhibits: readonly ExhibitRow[],
  translate: Translate,
  current?: DocumentTarget,
  steps: readonly StepChoice[] = [],
) {
  const choices = [
    { kind: 'case' } as const,
    ...exhibits.map((exhibit) => ({ kind: 'exhibit', evidenceId: exhibit.id }) as const),
    ...(current?.kind === 'step' ? [current] : []),
  ];
  return [
    ...choices.map((target) => ({
      id: targetChoiceId(target),
      name: targetLabel(target, exhibits, translate),
    })),
    ...steps.map(({ target, detail }) => ({
      id: targetChoiceId(target),
      name: translate('documents.targets.stepOf', {
        step: translate(`documents.steps.${target.step}`),
        detail,
      }),
    })),
  ];
}

/** The upload route of a target, under /api. */
export function uploadPath(caseId: string, target: DocumentTarget): string {
  const segment = encodeURIComponent;
  if (target.kind === 'exhibit') return `evidence/${segment(target.evidenceId)}/documents`;
  if (target.kind === 'step') {
    return `cases/${segment(caseId)}/steps/${target.step}/${segment(target.stepId)}/documents`;
  }
  return `cases/${segment(caseId)}/documents`;
}
