import type { AgreementCode } from './agreements';
import { agreementsForHsCode } from './hs-codes';

/**
 * What was smuggled, in the words of the enforcement community: one group per agreement, since
 * each agreement covers one kind of goods.
 */
export const commodityGroupOfAgreement = {
  MP: 'ods',
  BC: 'hazardous_waste',
  RC: 'pic_chemicals',
  SC: 'pops',
  CITES: 'wildlife',
  CPB: 'lmos',
  CWC: 'cw_chemicals',
  MC: 'mercury',
} as const satisfies Record<AgreementCode, string>;

export type CommodityGroup = (typeof commodityGroupOfAgreement)[AgreementCode];

export const commodityGroups = Object.values(
  commodityGroupOfAgreement,
) as readonly CommodityGroup[];

export function isCommodityGroup(value: unknown): value is CommodityGroup {
  return typeof value === 'string' && (commodityGroups as readonly string[]).includes(value);
}

/**
 * The groups of an item: those of the agreements it was recorded under; an item recorded under
 * none takes those its HS code suggests (the established code, else the declared one).
 */
export function commodityGroupsOf(item: {
  readonly agreements: readonly string[];
  readonly hsCode?: string;
}): CommodityGroup[] {
  const agreements =
    item.agreements.length > 0 || item.hsCode === undefined
      ? item.agreements
      : agreementsForHsCode(item.hsCode);
  return agreements.flatMap((code) =>
    Object.hasOwn(commodityGroupOfAgreement, code)
      ? [commodityGroupOfAgreement[code as AgreementCode]]
      : [],
  );
}
