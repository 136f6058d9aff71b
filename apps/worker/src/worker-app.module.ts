import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type PlatformRuntime } from '@greenchain/platform';
import { WorkerModule } from './worker.module';

@Module({})
export class WorkerAppModule {
  static forRoot(runtime: PlatformRuntime): DynamicModule {
    return { module: WorkerAppModule, imports: [PlatformModule.forRoot(runtime), WorkerModule] };
  }
}
