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

describe('analyticsFilter', () => {
  it('holds officers to their country and lets analysts choose', () => {
    const filter = JSON.stringify({ country: ['UG', 'TZ'], agreement: 'MP', from: '2024-01-01' });
    expect(analyticsFilter(filter, user('prosecutor', 'KE'))).toEqual({
      country: ['KE'],
      agreement: ['MP'],
      from: '2024-01-01',
    });
    expect(analyticsFilter(filter, user('analyst', null)).country).toEqual(['UG', 'TZ']);
    expect(analyticsFilter(undefined, user('admin', null))).toEqual({});
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
    expect(fieldOf(() => analyticsFilter(filter, user('analyst', null)))).toBe('filter');
  });
});
