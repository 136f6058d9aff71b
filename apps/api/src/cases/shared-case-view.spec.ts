import { type CaseState, initialCaseState } from '@greenchain/domain';
import { type RecordedEvent } from '@greenchain/event-store';
import { sharedCaseView, sharedFields, showsDefendants } from './shared-case-view';

const event = (type: string) => ({ type }) as RecordedEvent;

const state = {
  ...initialCaseState(),
  status: 'open',
  seizure: { country: 'KE' },
  parties: { p: {} },
  hearings: { h: {} },
  shares: {
    ug: { shared: { country: 'UG', fields: ['seizure', 'court'], until: '2030-01-01' } },
    ug2: { shared: { country: 'UG', fields: ['parties'], until: '2020-01-01' } },
    tz: {
      shared: { country: 'TZ', fields: ['parties'], until: '2030-01-01' },
      revoked: { occurredAt: '2024-01-01' },
    },
  },
} as unknown as CaseState;

describe('sharedCaseView', () => {
  it('unites the fields of the active shares of that country only', () => {
    expect([...sharedFields(state, 'UG', '2024-06-01')].sort()).toEqual(['court', 'seizure']);
    expect(sharedFields(state, 'TZ', '2024-06-01').size).toBe(0);
  });

  it('keeps the shared parts and the case life, drops the rest and the share list', () => {
    const events = [
      'SeizureRecorded',
      'PartyAdded',
      'HearingScheduled',
      'CaseShared',
      'CaseClosed',
    ];
    const view = sharedCaseView(state, events.map(event), new Set(['seizure', 'court']));
    expect(view.events.map((shown) => shown.type)).toEqual([
      'SeizureRecorded',
      'HearingScheduled',
      'CaseClosed',
    ]);
    expect(view.state).toHaveProperty('seizure');
    expect(view.state).toHaveProperty('hearings');
    expect(view.state).not.toHaveProperty('parties');
    expect(view.state).not.toHaveProperty('shares');
  });

  it('shows defendants only to a share of both the parties and the prosecution', () => {
    expect(showsDefendants(new Set(['seizure', 'court']))).toBe(false);
    expect(showsDefendants(new Set(['prosecution', 'court']))).toBe(false);
    expect(showsDefendants(new Set(['parties']))).toBe(false);
    expect(showsDefendants(new Set(['parties', 'prosecution']))).toBe(true);
  });
});
