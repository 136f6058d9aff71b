import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EventStore } from '@greenchain/event-store';
import {
  GREENCHAIN_CONFIG,
  type GreenchainConfig,
  INFRASTRUCTURE,
  type Infrastructure,
} from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { seedWorld } from './seed-world';

/** The world `npm start` shows: `npm run seed -- --cases 300 --seed 1` writes the same one. */
export const startWorld = { seed: 1, cases: 300 } as const;

/**
 * Seeds a small demo world on the embedded default, in the background so the server is ready at
 * once; the console fills as the projections catch up. Only the embedded database: a PostgreSQL
 * server, even with SEED_DEMO_DATA on (as in the test suites), gets its world from `npm run seed`.
 * Streams already there are skipped, so a restart adds nothing.
 */
@Injectable()
export class DemoWorldSeeder implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DemoWorldSeeder.name);
  private seeding: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
    @Inject(INFRASTRUCTURE) private readonly infrastructure: Infrastructure,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.seedDemoData || !this.infrastructure.embedded) return;
    this.seeding = this.seed().catch((error: unknown) =>
      this.logger.error({ err: error }, 'seeding the demo world failed'),
    );
  }

  /** A stop mid-way leaves whole streams only; the next start writes the rest. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.seeding;
  }

  private async seed(): Promise<void> {
    const started = performance.now();
    const summary = await seedWorld({
      dataSource: this.dataSource,
      store: this.store,
      ...startWorld,
      mode: 'fast',
      concurrency: 4,
      shouldStop: () => this.stopping,
    });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    this.logger.log({ ...summary, seconds }, 'demo world ready');
  }
}
