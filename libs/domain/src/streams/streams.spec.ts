import { caseReferenceKeys } from '../case/case-reference-key';
import { fold } from '../decider';
import { caseCommand, detected, seizure } from '../fixtures/case.fixtures';
import { evidenceRegistered, evidenceSealed } from '../fixtures/evidence.fixtures';
import { caseStream } from './case-stream';
import { evidenceStream } from './evidence-stream';

describe('stream types', () => {
  it('name their streams <type>-<id>', () => {
    expect(caseStream.streamId('c1')).toBe('case-c1');
    expect(evidenceStream.streamId('e1')).toBe('evidence-e1');
    expect([caseStream.type, evidenceStream.type]).toEqual(['case', 'evidence']);
  });

  it("claim a seizure's reference within its agency, and nothing for a case without one", () => {
    const recorded = caseStream.decider.decide(
      caseCommand('RecordSeizure', { ...seizure, reference: 'PY-2024-001' }, '2024-03-01'),
      caseStream.decider.initialState(),
    );
    expect(caseStream.uniqueKeys(recorded)).toEqual(
      caseReferenceKeys({ ...seizure, reference: 'PY-2024-001' }),
    );
    expect(caseStream.uniqueKeys(recorded)).toHaveLength(1);
    expect(caseStream.uniqueKeys(detected)).toEqual([]);
    expect(evidenceStream.uniqueKeys([evidenceRegistered])).toEqual([]);
  });

  it("keep an exhibit's free text under its case's narrative, a case's under its own", () => {
    expect(caseStream.narrativeCaseId('c1', fold(caseStream.decider, detected))).toBe('c1');
    const exhibit = fold(evidenceStream.decider, [evidenceRegistered, evidenceSealed]);
    expect(evidenceStream.narrativeCaseId('ev-1', exhibit)).toBe('case-1');
    expect(() =>
      evidenceStream.narrativeCaseId('ev-1', evidenceStream.decider.initialState()),
    ).toThrow('evidence ev-1 has no case');
  });
});
