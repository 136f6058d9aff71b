import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ProcessLogger, runProcess } from '@greenchain/platform';
import { WorkerAppModule } from './worker-app.module';

void runProcess(async (runtime) => {
  const app = await NestFactory.createApplicationContext(WorkerAppModule.forRoot(runtime), {
    bufferLogs: true,
  });
  app.useLogger(app.get(ProcessLogger));
  return app.init();
});
