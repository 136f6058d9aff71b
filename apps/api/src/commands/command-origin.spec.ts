import { type SessionUser } from '@greenchain/contracts';
import { CommandOrigin } from './command-origin';

const officer: SessionUser = {
  id: 'user-1',
  email: 'customs@kra.test',
  displayName: 'Officer',
  role: 'customs',
  country: 'KE',
  agency: 'KRA',
  focalPoint: false,
};

describe('CommandOrigin', () => {
  const origin = () =>
    new CommandOrigin(officer, { idempotencyKey: 'k' }, 'command-1', (name) => `id-of-${name}`);

  afterEach(() => jest.useRealTimers());

  it('builds the domain command with the sender as actor, the business time given and the time now', () => {
    jest.useFakeTimers({ now: new Date('2026-12-06T10:00:00.000Z') });
    expect(origin().command('CloseCase', { reasonCode: 'completed' }, '2024-09-01')).toEqual({
      type: 'CloseCase',
      data: { reasonCode: 'completed' },
      metadata: {
        actor: { userId: 'user-1', role: 'customs', agency: 'KRA', country: 'KE' },
        occurredAt: '2024-09-01',
        recordedAt: '2026-12-06T10:00:00.000Z',
      },
    });
  });

  it('names in its sender every id handed out, as a copy later ids do not change', () => {
    const built = origin();
    expect(built.ids.next('caseId')).toBe('id-of-caseId');
    const sender = built.sender();
    built.ids.next('partyId');
    expect(sender).toEqual({
      user: officer,
      headers: { idempotencyKey: 'k' },
      commandId: 'command-1',
      created: { caseId: 'id-of-caseId' },
    });
    expect(built.sender().created).toEqual({ caseId: 'id-of-caseId', partyId: 'id-of-partyId' });
  });
});
