import { ApiPropertyOptional } from '@nestjs/swagger';
import { type RecordedEvent } from '@greenchain/event-store';
import { IsOptional, Matches } from 'class-validator';

/** A record as it stood at a past business date. */
export class AsOfQuery {
  @ApiPropertyOptional({
    example: '2024-06-30',
    description: 'YYYY-MM-DD: fold only facts dated on or before it.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date YYYY-MM-DD' })
  asOf?: string;
}

/** Business time decides, not recorded time: a late entry about March counts for March. */
export function eventsAsOf(
  events: readonly RecordedEvent[],
  asOf: string | undefined,
): readonly RecordedEvent[] {
  if (asOf === undefined) return events;
  return events.filter((event) => (event.metadata.occurredAt ?? '').slice(0, 10) <= asOf);
}
