import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { ProjectionWakePublisher } from './projection-wake.publisher';
import { StreamAppended } from './stream-appended.event';

/** After a commit, the worker's projection runners are woken so read models follow at once. */
@EventsHandler(StreamAppended)
export class WakeProjectionsOnAppend implements IEventHandler<StreamAppended> {
  constructor(private readonly wake: ProjectionWakePublisher) {}

  handle(): void {
    this.wake.committed();
  }
}
