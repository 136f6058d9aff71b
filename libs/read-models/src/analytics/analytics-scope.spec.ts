import { analyticsGroups } from '@greenchain/contracts';
import { InvalidListParamsError } from '../shared/list-query';
import { filteredCasesSql, groupKeySql } from './analytics-scope';
import { SqlParameters } from './sql-parameters';

describe('analytics scope', () => {
  it('has a key for every group the contract offers', () => {
    for (const group of analyticsGroups) expect(groupKeySql(group)).toMatch(/ARRAY\[/);
  });

  it.each(['party', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])(
    'refuses the group %s, naming groupBy',
    (group) => {
      expect(() => groupKeySql(group)).toThrow(InvalidListParamsError);
      expect(() => groupKeySql(group)).toThrow('unknown group');
      try {
        groupKeySql(group);
      } catch (error) {
        expect((error as InvalidListParamsError).parameter).toBe('groupBy');
      }
    },
  );

  it('binds every filter value as a parameter, in order, none written into the SQL', () => {
    const parameters = new SqlParameters();
    const { sql, asOf } = filteredCasesSql(
      {
        asOf: '2025-06-30',
        region: ['014'],
        quarter: ["2025-Q3' OR true --"],
        year: [2025],
        transit: ['AE'],
        speciesOrSubstance: ['HCFC-22'],
      },
      parameters,
    );
    expect(asOf).toBe('$1::date');
    expect(parameters.values).toEqual([
      '2025-06-30',
      ['014'],
      ['HCFC-22'],
      [2025],
      ["2025-Q3' OR true --"],
      ['AE'],
    ]);
    expect(sql).not.toContain('OR true');
    expect(sql).toContain('c.region = ANY($2::text[])');
    expect(sql).toContain('c.route_transit && $6::text[]');
  });

  it('adds no clause for an absent filter', () => {
    const parameters = new SqlParameters();
    filteredCasesSql({ asOf: '2025-06-30' }, parameters);
    expect(parameters.values).toEqual(['2025-06-30']);
  });
});
