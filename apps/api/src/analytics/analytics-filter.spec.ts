import { type SessionUser } from '@greenchain/contracts';
import { type ProblemException } from '@greenchain/platform';
import { analyticsFilter } from './analytics-filter';

const user = (role: SessionUser['role'], country: string | null): SessionUser => ({
  id: 'u',
  email: 'u@x',
  displayName: 'u',
  role,
  country,
  agency: 'A',
  focalPoint: false,
});

function refusalOf(parse: () => unknown): ProblemException {
  try {
    parse();
  } catch (error) {
    return error as ProblemException;
  }
  throw new Error('expected a refusal');
}

const fieldOf = (parse: () => unknown) => refusalOf(parse).field;

const today = '2026-12-06';

describe('analyticsFilter', () => {
  it('holds officers to their country and lets analysts choose', () => {
    const filter = JSON.stringify({ country: ['UG', 'TZ'], agreement: 'MP', from: '2024-01-01' });
    expect(analyticsFilter({ filter }, user('prosecutor', 'KE'), today)).toEqual({
      country: ['KE'],
      agreement: ['MP'],
      from: '2024-01-01',
      asOf: today,
    });
    expect(analyticsFilter({ filter }, user('analyst', null), today).country).toEqual(['UG', 'TZ']);
    expect(analyticsFilter({}, user('admin', null), today)).toEqual({ asOf: today });
  });

  it('evaluates at the asOf day asked for', () => {
    expect(analyticsFilter({ asOf: '2025-06-30' }, user('analyst', null), today).asOf).toBe(
      '2025-06-30',
    );
  });

  it.each(['2025-06-31', '30/06/2025', '2025-6-30'])('refuses asOf %s naming asOf', (asOf) => {
    expect(fieldOf(() => analyticsFilter({ asOf }, user('analyst', null), today))).toBe('asOf');
  });

  it('reads every breakdown as a filter, a single value as a list of one', () => {
    const filter = JSON.stringify({
      region: '014',
      commodityGroup: ['ods', 'wildlife'],
      hsChapter: '29',
      speciesOrSubstance: 'HCFC-22',
      locationType: 'seaport',
      direction: ['import', 'transit'],
      year: [2024, '2025'],
      quarter: '2025-Q3',
      origin: 'CN',
      transit: ['AE', 'OM'],
      destination: 'KE',
    });
    expect(analyticsFilter({ filter }, user('analyst', null), today)).toEqual({
      region: ['014'],
      commodityGroup: ['ods', 'wildlife'],
      hsChapter: ['29'],
      speciesOrSubstance: ['HCFC-22'],
      locationType: ['seaport'],
      direction: ['import', 'transit'],
      year: [2024, 2025],
      quarter: ['2025-Q3'],
      origin: ['CN'],
      transit: ['AE', 'OM'],
      destination: ['KE'],
      asOf: today,
    });
  });

  it.each([
    ['quarter', '2025-Q5', 'quarter must be a quarter such as 2025-Q3'],
    ['quarter', '2025Q3', 'quarter must be a quarter such as 2025-Q3'],
    ['year', 25, 'year must be a year such as 2025'],
    ['year', '2025-01', 'year must be a year such as 2025'],
    ['region', 'Africa', 'region must be a UN M49 region code such as 014'],
    ['commodityGroup', 'toString', 'commodityGroup must be a commodity group such as ods'],
    ['hsChapter', '2903', 'hsChapter must be a two-digit HS chapter such as 29'],
    ['hsChapter', '77', 'hsChapter must be a two-digit HS chapter such as 29'],
    ['locationType', 'moon', 'locationType must be a location type such as seaport'],
    ['direction', 'sideways', 'direction must be a direction such as import'],
    ['origin', 'ke', 'origin must be an ISO 3166-1 alpha-2 country code such as KE'],
    ['transit', ['AE', 'XX'], 'transit must be an ISO 3166-1 alpha-2 country code such as KE'],
    ['destination', 404, 'destination must be an ISO 3166-1 alpha-2 country code such as KE'],
    ['speciesOrSubstance', [{}], 'speciesOrSubstance must be a species or substance name'],
  ])('refuses %s %j, saying what it takes', (field, value, detail) => {
    const filter = JSON.stringify({ [field]: value });
    const refusal = refusalOf(() => analyticsFilter({ filter }, user('analyst', null), today));
    expect([refusal.getStatus(), refusal.field]).toEqual([400, 'filter']);
    expect(refusal.message).toContain(detail);
  });

  it.each(['constructor', '__proto__', 'toString'])('refuses the field name %s', (name) => {
    const filter = `{"${name}":{"region":"014"}}`;
    expect(fieldOf(() => analyticsFilter({ filter }, user('analyst', null), today))).toMatch(
      /^filter/,
    );
  });

  it('refuses more than 100 values', () => {
    const filter = JSON.stringify({ origin: Array.from({ length: 101 }, () => 'CN') });
    expect(fieldOf(() => analyticsFilter({ filter }, user('analyst', null), today))).toBe('filter');
  });

  it.each([
    '{"from":"2024-13-01"}',
    '{"to":"2024-02-30"}',
    '{"from":20240101}',
    '{"port":[1]}',
    '{"party":"x"}',
    '[]',
    'not json',
  ])('refuses %s naming the filter', (filter) => {
    expect(fieldOf(() => analyticsFilter({ filter }, user('analyst', null), today))).toBe('filter');
  });
});
