import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { setConsoleCacheHeaders } from './console-cache';
import { ConsoleRedirectController } from './console-redirect.controller';
import { precompressedAssets } from './precompressed-assets.middleware';

/** The react-admin build; dist/admin holds it after `npm run build:admin`. */
export const consoleRoot = join(process.cwd(), 'dist', 'admin');
const assetsRoot = join(consoleRoot, 'assets');

@Module({})
export class ConsoleModule implements NestModule {
  static forRoot(): DynamicModule {
    const controllers = [ConsoleRedirectController];
    if (!existsSync(join(consoleRoot, 'index.html'))) return { module: ConsoleModule, controllers };
    return {
      module: ConsoleModule,
      controllers,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: consoleRoot,
          serveRoot: '/admin',
          // A missing asset (an old hash after a release) is a 404, not the page in its place.
          exclude: /^\/admin\/assets\//,
          serveStaticOptions: { setHeaders: setConsoleCacheHeaders },
        }),
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    if (existsSync(assetsRoot))
      consumer
        .apply(precompressedAssets(assetsRoot))
        .forRoutes({ path: 'admin/assets/*path', method: RequestMethod.GET });
  }
}
