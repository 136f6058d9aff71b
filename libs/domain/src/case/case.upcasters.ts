import type { EventUpcaster } from '../event-upcaster';

/**
 * SeizureRecorded version 1 named one detection method; version 2 lists them (officers record
 * several). Stored events stay as written; they read as a list of the one method.
 */
const seizureRecordedV1: EventUpcaster = {
  eventType: 'SeizureRecorded',
  fromVersion: 1,
  upcast: (data) => {
    const { detectionMethod, ...rest } = data as { detectionMethod: string };
    return { data: { ...rest, detectionMethods: [detectionMethod] } };
  },
};

export const caseEventUpcasters: readonly EventUpcaster[] = [seizureRecordedV1];
