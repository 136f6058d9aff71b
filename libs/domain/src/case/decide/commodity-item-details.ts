import { textLimits } from '@greenchain/contracts';
import { compact } from '../../shared/same-data';
import {
  agreementCode,
  baselWasteCode,
  citesAppendix,
  citesSourceCode,
  citesTermCode,
  citesUnitCode,
  entityId,
  hsCode,
  list,
  money,
  optional,
  optionalText,
  quantity,
  requiredText,
  wholeNumber,
} from '../../values';
import type { CitesDetails, CommodityItemDetails } from '../case.data';

function cites(value: unknown, field: string): CitesDetails {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return compact({
    appendix: optional(raw.appendix, `${field}.appendix`, citesAppendix),
    term: optional(raw.term, `${field}.term`, citesTermCode),
    unit: optional(raw.unit, `${field}.unit`, citesUnitCode),
    source: optional(raw.source, `${field}.source`, citesSourceCode),
  });
}

const count = (value: unknown, field: string) => wholeNumber(value, field, { allowZero: true });

/** An item as declared and as established; both HS codes are kept, misdeclaration is the point. */
export function commodityItemDetails(data: CommodityItemDetails): CommodityItemDetails {
  return compact({
    itemId: entityId(data.itemId, 'data.itemId'),
    agreements: list(data.agreements, 'data.agreements', agreementCode),
    hsDeclared: optional(data.hsDeclared, 'data.hsDeclared', hsCode),
    hsEstablished: optional(data.hsEstablished, 'data.hsEstablished', hsCode),
    descriptionDeclared: optionalText(data.descriptionDeclared, 'data.descriptionDeclared'),
    descriptionEstablished: requiredText(
      data.descriptionEstablished,
      'data.descriptionEstablished',
    ),
    substance: optionalText(data.substance, 'data.substance', textLimits.shortName),
    species: optionalText(data.species, 'data.species', textLimits.shortName),
    cites: optional(data.cites, 'data.cites', cites),
    baselCode: optional(data.baselCode, 'data.baselCode', baselWasteCode),
    quantities: list(data.quantities, 'data.quantities', quantity, { nonEmpty: true }),
    containers: optional(data.containers, 'data.containers', count),
    liveCount: optional(data.liveCount, 'data.liveCount', count),
    estimatedValue: optional(data.estimatedValue, 'data.estimatedValue', money),
    valuationBasis: optionalText(data.valuationBasis, 'data.valuationBasis', textLimits.name),
  });
}
