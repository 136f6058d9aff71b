import { Injectable } from '@nestjs/common';
import { Logger, PinoLogger } from 'nestjs-pino';
import { type DestinationStream, symbols } from 'pino';

/**
 * Nest's own start-up listing (each module wired, each controller and route mapped): a hundred
 * lines that matter only when debugging the routing, so they go out at debug, not info.
 */
const wiringContexts: ReadonlySet<unknown> = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
]);

/** The logger a process hands to Nest: pino's JSON lines, with the framework's wiring at debug. */
@Injectable()
export class ProcessLogger extends Logger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    // Nest passes the context as the last parameter.
    if (wiringContexts.has(optionalParams.at(-1))) this.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }

  /**
   * Writes text on the log's own stream, so it comes after every line logged before it: pino
   * writes asynchronously, and text written straight to stdout would overtake them.
   */
  print(text: string): void {
    const stream = Reflect.get(PinoLogger.root, symbols.streamSym) as DestinationStream;
    stream.write(text);
  }
}
