import { type CaseState, initialCaseState } from '@greenchain/domain';
import { caseScope, evidenceScope } from './record-scope';

type Share = CaseState['shares'][string];

const share = (country: string, until: string, fields: string[], revoked = false): Share =>
  ({
    shared: {
      shareId: country,
      country,
      agency: `${country} customs`,
      fields,
      until,
      occurredAt: '2024-01-01',
    },
    ...(revoked && { revoked: { shareId: country, occurredAt: '2024-02-01' } }),
  }) as unknown as Share;

const state = (shares: Record<string, Share>): CaseState =>
  ({
    ...initialCaseState(),
    status: 'open',
    seizure: { country: 'KE', agency: 'KRA' },
    shares,
  }) as unknown as CaseState;

describe('caseScope and evidenceScope', () => {
  const shares = {
    ug: share('UG', '2024-12-31', ['seizure', 'parties', 'evidence']),
    tz: share('TZ', '2024-05-31', ['seizure']),
    rw: share('RW', '2030-01-01', ['seizure'], true),
  };

  it('counts a share until its last day, and never once revoked', () => {
    expect(caseScope(state(shares), '2024-05-31')).toEqual({
      country: 'KE',
      agency: 'KRA',
      sharedWith: ['UG:UG customs', 'TZ:TZ customs'],
      personalSharedWith: ['UG:UG customs'],
    });
    expect(caseScope(state(shares), '2024-06-01').sharedWith).toEqual(['UG:UG customs']);
  });

  it('shares exhibits only with countries whose share includes evidence', () => {
    expect(evidenceScope(state(shares), '2024-05-31')).toMatchObject({
      sharedWith: ['UG:UG customs'],
      personalSharedWith: [],
    });
  });
});
