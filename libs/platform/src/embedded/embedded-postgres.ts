import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A postgres:// URL that `pg` and TypeORM use exactly as for a real server. */
  readonly url: string;
  /** Stop after the application has closed its connections (Nest closes modules before BullMQ workers). */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder for the data files; omitted means in memory (tests). */
  readonly dataDir?: string;
  readonly maxConnections?: number;
}

/**
 * PGlite behind pglite-socket: a single PostgreSQL session served over a local socket.
 * Clients connect through `pg` as to any server, and the socket server keeps each open transaction
 * on the connection that owns it (typeorm-pglite shares the session and loses writes under concurrency).
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: options.maxConnections ?? 32,
  });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
