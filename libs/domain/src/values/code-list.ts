import {
  baselCode,
  isAgreementCode,
  isCitesAppendix,
  isCitesSourceCode,
  isCitesTermCode,
  isCitesUnitCode,
  isIccsClass,
  isListedCode,
  type AgreementCode,
  type CitesAppendix,
  type CodeListName,
} from '@greenchain/reference-data';
import { invalidValue, type ValueErrorCode } from './value-errors';

export function listedCode(name: CodeListName, value: unknown, field: string): string {
  if (!isListedCode(name, value)) {
    return invalidValue('value/not-in-code-list', field, `expected a code from the ${name} list`);
  }
  return value;
}

function checked<T extends string>(
  accepts: (value: unknown) => boolean,
  code: ValueErrorCode,
  what: string,
  normalise: (value: string) => string = (value) => value,
) {
  return (value: unknown, field: string): T => {
    if (!accepts(value) || typeof value !== 'string')
      return invalidValue(code, field, `expected ${what}`);
    return normalise(value) as T;
  };
}

const upper = (value: string) => value.trim().toUpperCase();

export const agreementCode = checked<AgreementCode>(
  isAgreementCode,
  'value/invalid-agreement',
  'an agreement code (MP, BC, RC, SC, CITES, CPB, CWC, MC)',
);
export const citesAppendix = checked<CitesAppendix>(
  isCitesAppendix,
  'value/invalid-cites-appendix',
  'I, II or III',
);
export const citesTermCode = checked<string>(
  isCitesTermCode,
  'value/invalid-cites-term',
  'a CITES term code such as LIV',
  upper,
);
export const citesUnitCode = checked<string>(
  isCitesUnitCode,
  'value/invalid-cites-unit',
  'a CITES unit code such as KIL',
  upper,
);
export const citesSourceCode = checked<string>(
  isCitesSourceCode,
  'value/invalid-cites-source',
  'a CITES source code such as W',
  upper,
);
export const iccsClassCode = checked<string>(
  isIccsClass,
  'value/invalid-iccs-class',
  'an ICCS Section 10 class such as 1003',
);
export const baselWasteCode = checked<string>(
  (value) => typeof value === 'string' && baselCode(value) !== undefined,
  'value/invalid-basel-code',
  'a Basel Y, A or B code',
  upper,
);

/** One of the domain's own closed lists (verdict outcomes, appellants ...), which carry behaviour. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown, field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    return invalidValue('value/not-in-code-list', field, `expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}
