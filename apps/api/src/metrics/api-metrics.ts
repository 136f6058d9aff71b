import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** What a command came to, as counted: bounded values, so the series stay few. */
export type CommandResultLabel = 'appended' | 'replayed' | 'unchanged' | 'refused' | 'failed';

/**
 * The API's Prometheus metrics on a registry of its own (not prom-client's global one), so several
 * applications in one process (tests, the single-process start) never register a metric twice.
 */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status, from arrival to the last byte sent.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly commands = new Counter({
    name: 'greenchain_commands_total',
    help: 'Commands handled, by command type and result (refused: by access, a rule or the store).',
    labelNames: ['command', 'result'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Starts timing a request; the returned function records it. */
  startRequest(): (labels: { method: string; route: string; status: number }) => void {
    const end = this.requestDuration.startTimer();
    return ({ method, route, status }) => end({ method, route, status: String(status) });
  }

  countCommand(command: string, result: CommandResultLabel): void {
    this.commands.inc({ command, result });
  }

  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
