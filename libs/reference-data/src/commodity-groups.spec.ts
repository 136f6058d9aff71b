import { agreementCodes } from './agreements';
import { commodityGroupsOf, commodityGroups, isCommodityGroup } from './commodity-groups';

describe('commodity groups', () => {
  it('gives each agreement its own group', () => {
    expect(new Set(commodityGroups).size).toBe(agreementCodes.length);
    expect(commodityGroupsOf({ agreements: ['MP', 'CITES'] })).toEqual(['ods', 'wildlife']);
  });

  it('takes the agreements of the item before those its HS code suggests', () => {
    expect(commodityGroupsOf({ agreements: ['BC'], hsCode: '2903.71' })).toEqual([
      'hazardous_waste',
    ]);
    expect(commodityGroupsOf({ agreements: [], hsCode: '2903.71' })).toEqual(['ods']);
  });

  it('has no group for an item with neither an agreement nor a listed HS code', () => {
    expect(commodityGroupsOf({ agreements: [] })).toEqual([]);
    expect(commodityGroupsOf({ agreements: [], hsCode: '6403.99' })).toEqual([]);
    expect(isCommodityGroup('toString')).toBe(false);
  });
});
