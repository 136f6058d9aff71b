import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectEventually } from '@greenchain/testing';
import { Redis } from 'ioredis';

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

/**
 * A Redis server of the test's own (own port, own data directory, no persistence), so a test can
 * restart and flush it without touching the Redis other suites share.
 */
export class OwnRedisServer {
  private process: ChildProcess | undefined;
  private readonly directory = mkdtempSync(join(tmpdir(), 'gc-redis-'));

  private constructor(
    readonly port: number,
    private readonly settings: readonly string[],
  ) {}

  /** `settings` are more redis-server arguments, e.g. `['--maxmemory-policy', 'allkeys-lru']`. */
  static async start(settings: readonly string[] = []): Promise<OwnRedisServer> {
    const server = new OwnRedisServer(await freePort(), settings);
    await server.up();
    return server;
  }

  async up(): Promise<void> {
    this.process = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.directory,
        '--save',
        '',
        '--appendonly',
        'no',
        ...this.settings,
      ],
      { stdio: 'ignore' },
    );
    await expectEventually(() => this.command((client) => client.ping()));
  }

  /** kill -9: what a crashed or restarted Redis without persistence leaves behind. */
  async down(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }

  async flushAll(): Promise<void> {
    await this.command((client) => client.flushall());
  }

  async stop(): Promise<void> {
    await this.down();
    rmSync(this.directory, { recursive: true, force: true });
  }

  private async command<T>(run: (client: Redis) => Promise<T>): Promise<T> {
    const client = new Redis({
      host: '127.0.0.1',
      port: this.port,
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return await run(client);
    } finally {
      client.disconnect();
    }
  }
}
