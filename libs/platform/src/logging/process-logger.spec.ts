import { type PinoLogger } from 'nestjs-pino';
import { ProcessLogger } from './process-logger';

function loggerWithLevels(): { logger: ProcessLogger; levels: () => string[] } {
  const calls: string[] = [];
  const pino = Object.fromEntries(
    ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [
      level,
      () => calls.push(level),
    ]),
  ) as unknown as PinoLogger;
  return { logger: new ProcessLogger(pino, {}), levels: () => calls };
}

describe('ProcessLogger', () => {
  it.each(['RouterExplorer', 'RoutesResolver', 'InstanceLoader'])(
    "logs Nest's start-up wiring (%s) at debug",
    (context) => {
      const { logger, levels } = loggerWithLevels();
      logger.log('Mapped {/api/cases, GET} route', context);
      expect(levels()).toEqual(['debug']);
    },
  );

  it('logs everything else at info', () => {
    const { logger, levels } = loggerWithLevels();
    logger.log('Nest application successfully started', 'NestApplication');
    logger.log('no context at all');
    expect(levels()).toEqual(['info', 'info']);
  });
});
