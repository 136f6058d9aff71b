import { businessTime, notAfterRecording, type BusinessTime } from '../values';
import type { CommandMetadata } from './command-metadata';

/** The command's business time, checked as a date and against the time it is recorded. */
export function commandTime(metadata: CommandMetadata): BusinessTime {
  const at = businessTime(metadata.occurredAt, 'metadata.occurredAt');
  notAfterRecording(at, metadata.recordedAt, 'metadata.occurredAt');
  return at;
}
