import { randomBytes, randomUUID } from 'node:crypto';
import { type SecurityAuditEntry } from '@greenchain/domain';
import { EventStore } from '@greenchain/event-store';
import { allMigrations, type GreenchainConfig } from '@greenchain/platform';
import { createTestDatabase, type TestDatabase } from '@greenchain/testing';
import { type ProjectionWakePublisher } from '../commands/projection-wake.publisher';
import { type AuditSource } from './audit-source';
import { SecurityAuditTrail } from './security-audit-trail.service';

const source: AuditSource = {
  actor: { userId: randomUUID(), role: 'admin' },
  client: { address: '203.0.113.7', userAgent: 'int-spec' },
};

describe('SecurityAuditTrail on PostgreSQL', () => {
  let database: TestDatabase;
  const masterKey = randomBytes(32);
  let wakes = 0;
  /** Redis wake-ups are beside the point here: only whether they are sent after a commit. */
  const wake = { committed: () => (wakes += 1) } as unknown as ProjectionWakePublisher;

  const trail = (withKey = true) =>
    new SecurityAuditTrail(
      new EventStore({ dataSource: database.dataSource, ...(withKey && { masterKey }) }),
      database.dataSource,
      wake,
      { encryptionMasterKey: masterKey } as GreenchainConfig,
    );

  const auditEvents = () =>
    database.dataSource.query<{ event_type: string; data: unknown; metadata: unknown }[]>(
      `SELECT event_type, data, metadata FROM events WHERE stream_type = 'security-audit'
        ORDER BY global_position`,
    );
  const marks = () =>
    database.dataSource.query<{ name: string }[]>(`SELECT name FROM audit_marks ORDER BY name`);
  /** An action's own write, to see whether it committed with its entry. */
  const mark = (name: string) => (transaction: { query: (sql: string, p: unknown[]) => unknown }) =>
    transaction.query(`INSERT INTO audit_marks (name) VALUES ($1)`, [name]);

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: allMigrations, label: 'audit_trail' });
    await database.dataSource.query(`CREATE TABLE audit_marks (name text PRIMARY KEY)`);
  }, 60_000);
  afterAll(() => database?.drop());
  beforeEach(async () => {
    await database.dataSource.query(`TRUNCATE audit_marks`);
    wakes = 0;
  });

  it('stores a failed sign-in with its actor and client, the email encrypted for its owner', async () => {
    const owner = randomUUID();
    const entry: SecurityAuditEntry = {
      kind: 'SignInFailed',
      email: 'owner@agency.example',
      userId: owner,
      reason: 'wrong-password',
    };
    await trail().record({ ...source, actor: null }, entry);
    const [stored] = (await auditEvents()).slice(-1);
    expect(stored).toMatchObject({
      event_type: 'SignInFailed',
      data: {
        userId: owner,
        reason: 'wrong-password',
        outcome: 'failed',
        client: source.client,
      },
      metadata: { actor: null },
    });
    expect(JSON.stringify(stored)).not.toContain('owner@agency.example');
    const keys = await database.dataSource.query<{ subject_id: string }[]>(
      `SELECT subject_id FROM subject_keys WHERE subject_id = $1`,
      [owner],
    );
    expect(keys).toHaveLength(1);
    expect(wakes).toBe(1);
  });

  it('commits an action and its entry together', async () => {
    const before = (await auditEvents()).length;
    const result = await trail().recordWith(source, async (transaction) => {
      await mark('kept')(transaction);
      return { result: 42, entry: { kind: 'WebhookRemoved', webhookId: 'w-1' } };
    });
    expect(result).toBe(42);
    expect(await marks()).toEqual([{ name: 'kept' }]);
    const events = await auditEvents();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      event_type: 'WebhookRemoved',
      data: { webhookId: 'w-1', outcome: 'succeeded' },
      metadata: { actor: source.actor },
    });
  });

  it('records nothing for an action that fails', async () => {
    const before = (await auditEvents()).length;
    await expect(
      trail().recordWith(source, async (transaction) => {
        await mark('half-done')(transaction);
        throw new Error('the action broke');
      }),
    ).rejects.toThrow('the action broke');
    expect(await marks()).toEqual([]);
    expect(await auditEvents()).toHaveLength(before);
    expect(wakes).toBe(0);
  });

  it('undoes the action when its entry cannot be recorded, and says so', async () => {
    const before = (await auditEvents()).length;
    // Without the master key the store refuses to append the entry's personal value.
    await expect(
      trail(false).recordWith(source, async (transaction) => {
        await mark('unrecorded')(transaction);
        return {
          result: undefined,
          entry: { kind: 'SignInFailed', email: 'x@y.example', userId: null, reason: 'locked-out' },
        };
      }),
    ).rejects.toThrow(/master key/);
    expect(await marks()).toEqual([]);
    expect(await auditEvents()).toHaveLength(before);
    await expect(
      trail(false).record(source, {
        kind: 'SignInFailed',
        email: 'x@y.example',
        userId: null,
        reason: 'unknown-account',
      }),
    ).rejects.toThrow(/master key/);
  });
});
