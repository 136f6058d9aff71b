import { item } from '@greenchain/domain/fixtures/case.fixtures';
import { itemBreakdowns } from './item-breakdowns';

describe('item breakdowns', () => {
  it('lists each value of the items once, sorted, from the established HS code first', () => {
    const pangolin = {
      ...item,
      itemId: 'item-2',
      agreements: ['CITES'],
      hsDeclared: '0508.00',
      hsEstablished: undefined,
      substance: undefined,
      species: ' Manis gigantea ',
    };
    expect(itemBreakdowns([item, pangolin, { ...item, itemId: 'item-3' }])).toEqual({
      agreements: ['CITES', 'MP'],
      hs_chapters: ['05', '29'],
      species_substances: ['HCFC-22', 'Manis gigantea'],
      commodity_groups: ['ods', 'wildlife'],
    });
  });

  it('gives an item without agreement the groups its HS code suggests', () => {
    expect(itemBreakdowns([{ ...item, agreements: [] }]).commodity_groups).toEqual(['ods']);
    expect(itemBreakdowns([])).toEqual({
      agreements: [],
      hs_chapters: [],
      species_substances: [],
      commodity_groups: [],
    });
  });
});
