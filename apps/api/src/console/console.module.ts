import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type Application } from 'express';
import { installRoot } from '@greenchain/platform';
import { consolePages } from './console-pages.middleware';
import { ConsoleRedirectController } from './console-redirect.controller';
import { precompressedAssets } from './precompressed-assets.middleware';

/**
 * The react-admin build; dist/admin of the installation holds it after `npm run build:admin`,
 * found from the code's own location, not the working directory the server was started in.
 */
export const consoleRoot = join(installRoot, 'dist', 'admin');

const CONSOLE_ROOT = Symbol('CONSOLE_ROOT');

@Module({})
export class ConsoleModule implements OnModuleInit {
  constructor(
    @Inject(CONSOLE_ROOT) private readonly root: string,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** Serves the build under `root` at /admin/, when there is one; `/` leads there either way. */
  static forRoot(root: string = consoleRoot): DynamicModule {
    return {
      module: ConsoleModule,
      controllers: [ConsoleRedirectController],
      providers: [{ provide: CONSOLE_ROOT, useValue: root }],
    };
  }

  /**
   * Mounted on Express itself, beside the API's routes and outside its global prefix; Nest adds
   * its not-found answer after this, so a missing asset is still a problem+json 404.
   */
  onModuleInit(): void {
    if (!existsSync(join(this.root, 'index.html'))) return;
    const app = this.adapterHost.httpAdapter.getInstance<Application>();
    app.get('/admin{/*path}', precompressedAssets(this.root), consolePages(this.root));
  }
}
