import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runProcess } from '@greenchain/platform';
import { Logger } from 'nestjs-pino';
import { WorkerAppModule } from './worker-app.module';

void runProcess(async (runtime) => {
  const app = await NestFactory.createApplicationContext(WorkerAppModule.forRoot(runtime), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  return app.init();
});
