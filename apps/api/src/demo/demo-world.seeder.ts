import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
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
 * Seeds a small demo world on the embedded default before the server listens: a few seconds on the
 * first start only (a restart finds the streams and adds nothing). Not in the background: PGlite
 * runs in this process and serialises all work, so seeding beside live requests starved them
 * (readiness and sign-in timed out in test/embedded). At module initialisation, before any
 * projection runner starts (they start at application bootstrap): the runners then build each read
 * model once over the whole world in full batches, instead of chasing every group commit while
 * the seeding waits for them on the one session (ADR 0014). Only the embedded database: a
 * PostgreSQL server, even with SEED_DEMO_DATA on (as in the test suites), gets its world from
 * `npm run seed`.
 */
@Injectable()
export class DemoWorldSeeder implements OnModuleInit {
  private readonly logger = new Logger(DemoWorldSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
    @Inject(INFRASTRUCTURE) private readonly infrastructure: Infrastructure,
  ) {}

  /** A failure is logged, not fatal: the application works without its demo cases. */
  async onModuleInit(): Promise<void> {
    if (!this.config.seedDemoData || !this.infrastructure.embedded) return;
    await this.seed().catch((error: unknown) =>
      this.logger.error({ err: error }, 'seeding the demo world failed'),
    );
  }

  private async seed(): Promise<void> {
    const started = performance.now();
    const summary = await seedWorld({
      dataSource: this.dataSource,
      store: this.store,
      ...startWorld,
      mode: 'fast',
      concurrency: 4,
    });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    this.logger.log({ ...summary, seconds }, 'demo world ready');
  }
}
