import { type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type PlatformRuntime, ProcessLogger } from '@greenchain/platform';
import { ApiModule } from '../api.module';
import {
  type DemoSecondFactor,
  DemoSecondFactorSeeder,
} from '../auth/second-factor/demo-second-factor.seeder';
import { demoPassword, demoUsers } from '../users/demo-users';
import { configureHttp } from './configure-http';

/** Builds and starts the HTTP application; `extra` lets the single-process start add the worker. */
export async function startHttp(
  runtime: PlatformRuntime,
  extra: DynamicModule['imports'] = [],
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(runtime, extra), {
    bufferLogs: true,
    bodyParser: false,
  });
  const logger = app.get(ProcessLogger);
  app.useLogger(logger);
  configureHttp(app, runtime.config);
  await app.listen(runtime.config.http.port, runtime.config.http.host);
  // The banner is what a newcomer looks for: last, after every start-up line.
  logger.print(
    banner(await app.getUrl(), runtime, app.get(DemoSecondFactorSeeder).demoAdministrator),
  );
  return app;
}

function banner(
  url: string,
  { config, infrastructure }: PlatformRuntime,
  demoSecondFactor: DemoSecondFactor | undefined,
): string {
  const base = url.replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');
  const lines = [
    '',
    `Greenchain is running (${infrastructure.embedded ? 'embedded database' : 'external database'}, queues on ${config.queue.mode})`,
    `  Console: ${base}/admin/`,
    `  API:     ${base}/api/docs`,
  ];
  if (config.seedDemoData) {
    lines.push(`  Demo accounts (password "${demoPassword}"):`);
    for (const user of demoUsers) lines.push(`    ${user.role.padEnd(11)} ${user.email}`);
  }
  if (demoSecondFactor) {
    lines.push(
      `  Second factor of ${demoSecondFactor.email} (demo only; add it to an authenticator app):`,
      `    secret ${demoSecondFactor.secret}`,
      `    ${demoSecondFactor.otpauthUri}`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}
