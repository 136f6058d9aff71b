import { type IEvent } from '@nestjs/cqrs';

/** Published on the EventBus once a command's events are committed to a stream (never for a replay). */
export class StreamAppended implements IEvent {
  constructor(
    readonly streamId: string,
    readonly globalPositions: readonly number[],
  ) {}
}
