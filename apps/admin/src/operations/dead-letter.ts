export interface DeadLetter {
  readonly id: string;
  readonly queue: string;
  readonly jobName: string;
  readonly handler: string;
  readonly eventId: string;
  readonly attempts: number;
  readonly error: string;
  readonly failedAt: string;
  readonly retriedAt?: string | null;
}
