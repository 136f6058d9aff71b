import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './redis-server';

const run = promisify(execFile);
const binaries = '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of the test's own (own data directory and port), so a test can restart it
 * with `-m immediate` without touching the server the other suites share. PostgreSQL refuses to
 * run as root, so as root the cluster belongs to the postgres user.
 */
export class OwnPostgresServer {
  private readonly directory = mkdtempSync(join(tmpdir(), 'gc-pg-'));
  private readonly data = join(this.directory, 'data');

  private constructor(readonly port: number) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async start(): Promise<OwnPostgresServer> {
    const server = new OwnPostgresServer(await freePort());
    if (userInfo().uid === 0) {
      const [uid, gid] = await Promise.all(
        ['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout)),
      );
      chownSync(server.directory, uid ?? 0, gid ?? 0);
    }
    await server.as(`${binaries}/initdb`, ['-D', server.data, '-A', 'trust', '-U', 'postgres']);
    await server.pgCtl(['start', '-l', join(server.directory, 'log')]);
    return server;
  }

  /** Crash-like restart: in-flight transactions are cut, sessions dropped. */
  async restart(): Promise<void> {
    await this.pgCtl(['restart', '-m', 'immediate', '-l', join(this.directory, 'log')]);
  }

  /** The crash half of an immediate restart: the server stays down until startAgain(). */
  async crash(): Promise<void> {
    await this.pgCtl(['stop', '-m', 'immediate']);
  }

  /** Starts the server again on its data directory and port (recovering from a crash). */
  async startAgain(): Promise<void> {
    await this.pgCtl(['start', '-l', join(this.directory, 'log')]);
  }

  /**
   * `pg_dump` of a database in the custom format, into the cluster's directory (its owner writes
   * it); answers the file.
   */
  async dump(database: string): Promise<string> {
    const file = join(this.directory, `${database}.dump`);
    await this.as(`${binaries}/pg_dump`, [...this.client, '-Fc', '-f', file, database]);
    return file;
  }

  /** `pg_restore` of a dump into an existing empty database. */
  async restore(file: string, database: string): Promise<void> {
    await this.as(`${binaries}/pg_restore`, [
      ...this.client,
      '--exit-on-error',
      '-d',
      database,
      file,
    ]);
  }

  private get client(): string[] {
    return ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres'];
  }

  async stop(): Promise<void> {
    await this.pgCtl(['stop', '-m', 'immediate']).catch(() => undefined);
    rmSync(this.directory, { recursive: true, force: true });
  }

  private pgCtl(args: string[]) {
    const options = `-p ${this.port} -k ${this.directory} -c listen_addresses=127.0.0.1 -c fsync=off`;
    return this.as(`${binaries}/pg_ctl`, ['-D', this.data, '-o', options, '-w', ...args]);
  }

  private as(command: string, args: string[]) {
    return userInfo().uid === 0
      ? run('runuser', ['-u', 'postgres', '--', command, ...args])
      : run(command, args);
  }
}
