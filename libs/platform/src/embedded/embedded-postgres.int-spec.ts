import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

describe('embedded PostgreSQL (PGlite behind pglite-socket)', () => {
  it('serves SQL to a stock pg client and keeps transactions apart', async () => {
    const pg = await startEmbeddedPostgres();
    const a = new Client({ connectionString: pg.url });
    const b = new Client({ connectionString: pg.url });
    try {
      await a.connect();
      await b.connect();
      await a.query('CREATE TABLE t (v int)');
      await a.query('BEGIN');
      await a.query('INSERT INTO t VALUES (1)');
      const inFlight = b.query<{ n: string }>('SELECT count(*) AS n FROM t');
      await a.query('ROLLBACK');
      expect((await inFlight).rows[0]?.n).toBe('0');
    } finally {
      await a.end();
      await b.end();
      await pg.stop();
    }
  });
});
