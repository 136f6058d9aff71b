import { type Logger } from '@nestjs/common';

/**
 * Logs a refused setting once when it appears or changes, not on every readiness probe, so the
 * line naming the setting and its fix stands out in the log.
 */
export class SettingReport {
  private last: string | undefined;

  constructor(private readonly logger: Logger) {}

  note(problem: string | undefined): void {
    if (problem !== undefined && problem !== this.last) this.logger.error(problem);
    this.last = problem;
  }
}
