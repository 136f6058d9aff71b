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
});

function fieldOf(parse: () => unknown): string | undefined {
  try {
    parse();
  } catch (error) {
    return (error as ProblemException).field;
  }
  throw new Error('expected a refusal');
}

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
