import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ProblemException, QueueFactory } from '@greenchain/platform';
import {
  eventJobsQueueName,
  getDeadLetter,
  jobId,
  listDeadLetters,
  retryDeadLetter,
  type DeadLetter,
} from '@greenchain/read-models';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { type DeadLetterResponse, type DeadLetterRetryResponse } from './dead-letter.response';

/** `<handler>.<event uuid>`, the id the pump gives the job (jobId()). */
const deadLetterId =
  /^([a-z0-9-]{1,100})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function toResponse(letter: DeadLetter): DeadLetterResponse {
  return {
    id: jobId(letter),
    queue: eventJobsQueueName,
    jobName: letter.handler,
    handler: letter.handler,
    eventId: letter.eventId,
    attempts: letter.attempts,
    error: letter.error,
    failedAt: new Date(letter.failedAt).toISOString(),
  };
}

/** Dead letters for administrators, and their retry under the same job id. */
@Injectable()
export class DeadLetters implements OnApplicationShutdown {
  private queue?: Queue;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
  ) {}

  async list(): Promise<DeadLetterResponse[]> {
    return (await listDeadLetters(this.dataSource)).map(toResponse);
  }

  async get(id: string): Promise<DeadLetterResponse> {
    const { handler, eventId } = parseId(id);
    const letter = await getDeadLetter(this.dataSource, handler, eventId);
    if (!letter) throw notFound();
    return toResponse(letter);
  }

  /**
   * BullMQ keeps a failed job under its id, and adding a job with a held id does nothing: the
   * failed one goes first, then the dispatch turns pending and the worker's pump adds it again.
   * The inbox runs it once even if an old copy is still delivered.
   */
  async retry(id: string): Promise<DeadLetterRetryResponse> {
    const { handler, eventId } = parseId(id);
    if (!(await getDeadLetter(this.dataSource, handler, eventId))) throw notFound();
    const failed = await this.eventJobs().getJob(id);
    if (failed && (await failed.isFailed())) await failed.remove();
    if (!(await retryDeadLetter(this.dataSource, handler, eventId))) throw notFound();
    return { id, status: 'pending' };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }

  private eventJobs(): Queue {
    this.queue ??= this.queues.createQueue(eventJobsQueueName);
    return this.queue;
  }
}

function parseId(id: string): { handler: string; eventId: string } {
  const match = deadLetterId.exec(id);
  if (!match?.[1] || !match[2]) {
    throw new ProblemException(
      400,
      'request/invalid-id',
      'id must be <handler>.<event uuid>.',
      'id',
    );
  }
  return { handler: match[1], eventId: match[2] };
}

function notFound(): ProblemException {
  return new ProblemException(404, 'resource/not-found', 'No such dead letter.', 'id');
}
