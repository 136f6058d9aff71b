import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type TimelineActor, type TimelineEntry } from '@greenchain/contracts';
import { type RecordedEvent } from '@greenchain/event-store';

class ActorResponse implements TimelineActor {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ example: 'customs' })
  role!: string;

  @ApiProperty({ example: 'Kenya Revenue Authority - Customs' })
  agency!: string;

  @ApiProperty({ example: 'KE' })
  country!: string;
}

/** One fact of a record: what, who (user, role, agency), business time and recorded time. */
export class TimelineEntryResponse implements TimelineEntry {
  @ApiProperty({ description: 'Position in the stream (1-based).' })
  position!: number;

  @ApiProperty()
  globalPosition!: number;

  @ApiProperty({ example: 'SeizureRecorded' })
  type!: string;

  @ApiProperty({
    description:
      'The event data; personal fields { redacted: true } without the right to see them, { erased: true } once erased.',
  })
  data!: unknown;

  @ApiPropertyOptional({ type: ActorResponse })
  actor?: ActorResponse;

  @ApiPropertyOptional({ description: 'Business time, as the user gave it.' })
  occurredAt?: string;

  @ApiProperty({ description: 'When the system recorded it.' })
  recordedAt!: string;
}

export function timelineEntry(event: RecordedEvent): TimelineEntryResponse {
  return {
    position: event.streamPosition,
    globalPosition: event.globalPosition,
    type: event.type,
    data: event.data,
    actor: event.metadata.actor as ActorResponse | undefined,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.metadata.recordedAt,
  };
}
