import { commodityGroupsOf } from '@greenchain/reference-data';
import type { CommodityItemDetails } from '@greenchain/domain';

/** Each value once and sorted, so replaying the same events writes the very same row. */
const distinct = (values: readonly string[]): string[] => [...new Set(values)].sort();

/**
 * What a case's items break down by, each a list since a case may hold several items: agreements,
 * HS chapters and commodity groups of the established HS code (else the declared one), and the
 * species and substances as recorded on the items (trimmed).
 */
export function itemBreakdowns(items: readonly CommodityItemDetails[]) {
  const hsCodes = items.map((item) => item.hsEstablished ?? item.hsDeclared);
  return {
    agreements: distinct(items.flatMap((item) => item.agreements)),
    hs_chapters: distinct(
      hsCodes.flatMap((code) => (code === undefined ? [] : [code.slice(0, 2)])),
    ),
    species_substances: distinct(
      items
        .flatMap((item) => [item.species, item.substance])
        .flatMap((name) => {
          const trimmed = name?.trim() ?? '';
          return trimmed === '' ? [] : [trimmed];
        }),
    ),
    commodity_groups: distinct(
      items.flatMap((item, index) =>
        commodityGroupsOf({ agreements: item.agreements, hsCode: hsCodes[index] }),
      ),
    ),
  };
}
