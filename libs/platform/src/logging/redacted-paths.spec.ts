import pino from 'pino';
import { Writable } from 'node:stream';
import { redactedPaths } from './redacted-paths';

function logged(object: object): string {
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  pino({ redact: { paths: redactedPaths, censor: '[redacted]' } }, sink).info(object, 'probe');
  return output;
}

describe('log redaction', () => {
  it('hides secrets and personal fields at any of the first levels', () => {
    const line = logged({
      password: 'hunter2-canary',
      req: { headers: { authorization: 'Bearer canary-token', 'idempotency-key': 'canary-key' } },
      party: { familyName: 'Canary-Name', idDocument: { number: 'X-canary' } },
      command: { data: { email: 'canary@example.org' } },
    });
    expect(line).not.toMatch(/canary/i);
    expect(line).toContain('[redacted]');
  });

  it('keeps what operators need', () => {
    expect(logged({ caseId: 'case-1', role: 'customs' })).toContain('case-1');
  });
});
