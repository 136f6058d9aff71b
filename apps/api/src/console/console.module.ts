import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ConsoleRedirectController } from './console-redirect.controller';

/** The react-admin build; dist/admin holds it after `npm run build:admin`. */
export const consoleRoot = join(process.cwd(), 'dist', 'admin');

@Module({})
export class ConsoleModule {
  static forRoot(): DynamicModule {
    const controllers = [ConsoleRedirectController];
    if (!existsSync(join(consoleRoot, 'index.html'))) return { module: ConsoleModule, controllers };
    return {
      module: ConsoleModule,
      controllers,
      imports: [ServeStaticModule.forRoot({ rootPath: consoleRoot, serveRoot: '/admin' })],
    };
  }
}
