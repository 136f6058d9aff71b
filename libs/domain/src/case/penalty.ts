import { type CaseState } from './case.state';
import { caseError } from './case.errors';
import type { PenaltyLine, SentenceDetails, StatutoryMaximum } from './case.data';
import { compact } from '../shared/same-data';
import {
  booleanValue,
  entityId,
  invalidValue,
  list,
  money,
  oneOf,
  optional,
  optionalText,
  requiredText,
  wholeNumber,
} from '../values';
import { requireItem } from './decide/case-rules';

export const penaltyTypes = [
  'fine',
  'costs',
  'imprisonment',
  'community_service',
  'probation',
  'confiscation_of_goods',
  'confiscation_of_conveyance_or_assets',
  'licence_revocation_or_trading_ban',
  'order_to_destroy_or_re_export',
  'cease_and_desist',
] as const satisfies readonly PenaltyLine['type'][];

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

function itemIds(state: CaseState, value: unknown, field: string): string[] {
  return list(
    value,
    field,
    (id, itemField) => {
      requireItem(state, id, itemField);
      return entityId(id, itemField);
    },
    { nonEmpty: true },
  );
}

/**
 * One penalty line, checked by its type. The code list's suspended_imprisonment is written as
 * imprisonment with suspended: true, so "custodial" is one test (months > 0 and not suspended).
 */
export function penaltyLine(state: CaseState, value: unknown, field: string): PenaltyLine {
  const line = record(value);
  const type = oneOf(penaltyTypes, line.type, `${field}.type`);
  switch (type) {
    case 'fine':
    case 'costs':
      return { type, amount: money(line.amount, `${field}.amount`) };
    case 'imprisonment':
      return {
        type,
        months: wholeNumber(line.months, `${field}.months`),
        suspended: booleanValue(line.suspended, `${field}.suspended`),
      };
    case 'community_service':
      return { type, hours: wholeNumber(line.hours, `${field}.hours`) };
    case 'probation':
      return { type, months: wholeNumber(line.months, `${field}.months`) };
    case 'confiscation_of_goods':
      return { type, itemIds: itemIds(state, line.itemIds, `${field}.itemIds`) };
    case 'confiscation_of_conveyance_or_assets':
      return compact({
        type,
        description: requiredText(line.description, `${field}.description`),
        value: optional(line.value, `${field}.value`, money),
      });
    case 'licence_revocation_or_trading_ban':
      return compact({
        type,
        description: requiredText(line.description, `${field}.description`),
        months: optional(line.months, `${field}.months`, wholeNumber),
      });
    case 'order_to_destroy_or_re_export':
      return {
        type,
        order: oneOf(['destroy', 're_export'] as const, line.order, `${field}.order`),
        itemIds: itemIds(state, line.itemIds, `${field}.itemIds`),
      };
    case 'cease_and_desist':
      return { type, description: requiredText(line.description, `${field}.description`) };
  }
}

export function penaltyLines(state: CaseState, value: unknown, field: string): PenaltyLine[] {
  return list(value, field, (line, lineField) => penaltyLine(state, line, lineField), {
    nonEmpty: true,
  });
}

function statutoryMaximum(value: unknown, field: string): StatutoryMaximum {
  if (typeof value !== 'object' || value === null) {
    return invalidValue('value/required', field, 'expected { fine?, imprisonmentMonths? }');
  }
  const maximum = record(value);
  return compact({
    fine: optional(maximum.fine, `${field}.fine`, money),
    imprisonmentMonths: optional(
      maximum.imprisonmentMonths,
      `${field}.imprisonmentMonths`,
      wholeNumber,
    ),
  });
}

/**
 * A sentence's penalties against the statutory maxima: all fines in the maximum's currency, their
 * total and the total term within the maxima, unless aboveMaximumReason says why not.
 */
export function sentenceDetails(state: CaseState, value: unknown, field: string): SentenceDetails {
  const input = record(value);
  const lines = penaltyLines(state, input.penaltyLines, `${field}penaltyLines`);
  const maximum = statutoryMaximum(input.statutoryMaximum, `${field}statutoryMaximum`);
  const aboveMaximumReason = optionalText(input.aboveMaximumReason, `${field}aboveMaximumReason`);
  const fines = lines.flatMap((line) => (line.type === 'fine' ? [line.amount] : []));
  const maxFine = maximum.fine;
  if (maxFine && fines.some((fine) => fine.currency !== maxFine.currency)) {
    caseError(
      'case/currency-mismatch',
      `fines must be in ${maxFine.currency}, as the maximum`,
      `${field}penaltyLines`,
    );
  }
  const totalFine = fines.reduce((sum, fine) => sum + fine.amount, 0);
  const totalMonths = lines.reduce(
    (sum, line) => sum + (line.type === 'imprisonment' ? line.months : 0),
    0,
  );
  if (aboveMaximumReason === undefined && maxFine && totalFine > maxFine.amount) {
    caseError(
      'case/fine-above-statutory-maximum',
      `fines total ${totalFine} above the maximum ${maxFine.amount}`,
      `${field}penaltyLines`,
    );
  }
  const maxMonths = maximum.imprisonmentMonths;
  if (aboveMaximumReason === undefined && maxMonths !== undefined && totalMonths > maxMonths) {
    caseError(
      'case/term-above-statutory-maximum',
      `${totalMonths} months above the maximum ${maxMonths}`,
      `${field}penaltyLines`,
    );
  }
  return compact({ penaltyLines: lines, statutoryMaximum: maximum, aboveMaximumReason });
}
