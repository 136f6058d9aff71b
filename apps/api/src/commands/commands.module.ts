import { Global, Module } from '@nestjs/common';
import { CommandExecutor } from './command-executor.service';
import { CommandKeys } from './command-keys.service';
import { ProjectionWakePublisher } from './projection-wake.publisher';

@Global()
@Module({
  providers: [CommandKeys, CommandExecutor, ProjectionWakePublisher],
  exports: [CommandKeys, CommandExecutor, ProjectionWakePublisher],
})
export class CommandsModule {}
