export interface RunnerLogger {
  log(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Quiet on progress, loud on errors: the default of runners started without a logger. */
export const consoleLogger: RunnerLogger = {
  log: () => undefined,
  error: (message, error) => console.error(message, error),
};
