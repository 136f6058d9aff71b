import { fold } from '../decider';
import { eventSchemaVersions, eventUpcasters } from '../event-catalogue';
import { seizure } from '../fixtures/case.fixtures';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';

const upcasterOf = (type: string, version: number) =>
  eventUpcasters.find(
    ({ eventType, fromVersion }) => eventType === type && fromVersion === version,
  );

describe('case event upcasters', () => {
  it('reads a version 1 seizure, with one detection method, as a list of that method', () => {
    const { detectionMethods, ...rest } = { ...seizure, occurredAt: '2024-03-01' };
    expect(detectionMethods).toHaveLength(1);
    const upcast = upcasterOf('SeizureRecorded', 1)?.upcast({
      ...rest,
      detectionMethod: 'scanner_xray',
    });
    expect(upcast).toEqual({ data: { ...rest, detectionMethods: ['scanner_xray'] } });
    const state = fold(caseDecider, [{ type: 'SeizureRecorded', ...upcast } as CaseEvent]);
    expect(state.seizure?.detectionMethods).toEqual(['scanner_xray']);
  });

  it('has one upcaster from each older version of an event, and none from the current one', () => {
    for (const [type, version] of Object.entries(eventSchemaVersions)) {
      for (let stored = 1; stored < version; stored += 1) {
        expect([type, stored, upcasterOf(type, stored)]).toEqual([type, stored, expect.anything()]);
      }
      expect(
        eventUpcasters.filter(
          ({ eventType, fromVersion }) => eventType === type && fromVersion >= version,
        ),
      ).toEqual([]);
    }
  });
});
