import { Injectable } from '@nestjs/common';

/**
 * Tells this process's file-job pump that the API has just recorded an import or export, so it is
 * queued at once instead of at the pump's next look. In-process only: in the single process the
 * API and the worker share it; a worker of its own finds the API's jobs by its poll.
 */
@Injectable()
export class FileJobSignal {
  private readonly listeners = new Set<() => void>();

  /** Returns the function that removes the listener. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after the job's row is committed, so the woken pump can read it. */
  notify(): void {
    for (const listener of this.listeners) listener();
  }
}
