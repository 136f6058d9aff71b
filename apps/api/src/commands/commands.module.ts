import { Global, Module } from '@nestjs/common';
import { CommandExecutor } from './command-executor.service';
import { CommandKeys } from './command-keys.service';

@Global()
@Module({ providers: [CommandKeys, CommandExecutor], exports: [CommandKeys, CommandExecutor] })
export class CommandsModule {}
