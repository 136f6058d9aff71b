import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { runnerConnections } from '@greenchain/read-models';
import { LoggerModule } from 'nestjs-pino';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from './config/greenchain-config';
import { loggerOptions } from './logging/logger-options';
import { ProcessLogger } from './logging/process-logger';
import { FileJobSignal } from './queue/file-job-signal';
import { QueueFactory } from './queue/queue-factory';
import { type Infrastructure } from './runtime/infrastructure';
import { INFRASTRUCTURE } from './runtime/infrastructure.token';

export interface PlatformRuntime {
  readonly config: GreenchainConfig;
  readonly infrastructure: Infrastructure;
}

/** What both processes share: configuration, logging, the database connection and the queues. */
@Module({})
export class PlatformModule {
  static forRoot({ config, infrastructure }: PlatformRuntime): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: infrastructure.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          // PGlite serves one session: more connections only queue behind each other. The
          // runners' leader connections come on top, so requests never wait for them.
          extra: {
            max: (infrastructure.embedded ? 8 : 20) + runnerConnections,
            // No JIT compilation: the analytics' joins over a few hundred thousand rows are costed
            // above its thresholds and then spend seconds compiling what runs in a fraction of
            // that (docs/adr/0020). PGlite has no JIT.
            ...(infrastructure.embedded ? {} : { options: '-c jit=off' }),
          },
        }),
      ],
      providers: [
        { provide: GREENCHAIN_CONFIG, useValue: config },
        { provide: INFRASTRUCTURE, useValue: infrastructure },
        QueueFactory,
        FileJobSignal,
        ProcessLogger,
      ],
      exports: [GREENCHAIN_CONFIG, INFRASTRUCTURE, QueueFactory, FileJobSignal, ProcessLogger],
    };
  }
}
