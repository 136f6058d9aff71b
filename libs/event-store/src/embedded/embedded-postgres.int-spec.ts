import { Client, type Notification } from 'pg';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

async function connected(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

describe('embedded PostgreSQL (PGlite behind our session queue)', () => {
  let pg: EmbeddedPostgres;
  const clients: Client[] = [];

  // PGlite's initdb takes several seconds on a busy machine.
  beforeAll(async () => (pg = await startEmbeddedPostgres()), 60_000);
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
    await pg?.stop();
  });

  async function client(): Promise<Client> {
    const created = await connected(pg.url);
    clients.push(created);
    return created;
  }

  it('keeps an open transaction away from other connections', async () => {
    const [a, b] = [await client(), await client()];
    await a.query('CREATE TABLE t (v int)');
    await a.query('BEGIN');
    await a.query('INSERT INTO t VALUES (1)');
    const inFlight = b.query<{ n: string }>('SELECT count(*) AS n FROM t');
    await a.query('ROLLBACK');
    expect((await inFlight).rows[0]?.n).toBe('0');
  });

  it('never interleaves two connections’ extended-protocol sequences', async () => {
    const connections = await Promise.all(Array.from({ length: 8 }, () => client()));
    const answers = await Promise.all(
      connections.flatMap((connection, c) =>
        Array.from({ length: 50 }, async (_, i) => {
          const asked = c * 1000 + i;
          const { rows } = await connection.query<{ v: number }>('SELECT $1::int AS v', [asked]);
          return { asked, got: rows[0]?.v };
        }),
      ),
    );
    expect(answers.filter(({ asked, got }) => asked !== got)).toEqual([]);
  });

  it('recovers the session when a connection fails mid-sequence', async () => {
    const [a, b] = [await client(), await client()];
    await expect(a.query('SELECT $1::int AS v', ['not a number'])).rejects.toThrow();
    expect((await b.query<{ v: number }>('SELECT $1::int AS v', [7])).rows[0]?.v).toBe(7);
    expect((await a.query<{ v: number }>('SELECT $1::int AS v', [8])).rows[0]?.v).toBe(8);
  });

  it('passes a NOTIFY to the connection that listens, as a server does', async () => {
    const [listener, notifier] = [await client(), await client()];
    await listener.query('LISTEN jobs');
    const heard = new Promise<string | undefined>((resolve) =>
      listener.once('notification', (message: Notification) => resolve(message.payload)),
    );
    await notifier.query(`SELECT pg_notify('jobs', repeat('x', 3000))`);
    expect(await heard).toBe('x'.repeat(3000));
  });
});
