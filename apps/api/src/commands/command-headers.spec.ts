import { type ProblemException } from '@greenchain/platform';
import { parseCommandHeaders } from './command-headers';

/** The problem a parse throws, for asserting its code and field. */
function refusal(parse: () => unknown): Pick<ProblemException, 'code' | 'field'> {
  try {
    parse();
  } catch (error) {
    const { code, field } = error as ProblemException;
    return { code, field };
  }
  throw new Error('expected a refusal');
}

const request = (headers: Record<string, string>) => ({
  header: (name: string) => headers[name.toLowerCase()],
});

describe('parseCommandHeaders', () => {
  it('reads strong and weak entity tags as the expected version', () => {
    expect(parseCommandHeaders(request({ 'if-match': '"7"' }))).toEqual({ expectedVersion: 7 });
    expect(parseCommandHeaders(request({ 'if-match': 'W/"0"' }))).toEqual({ expectedVersion: 0 });
  });

  it('passes an Idempotency-Key of visible ASCII through', () => {
    expect(parseCommandHeaders(request({ 'idempotency-key': 'order-42' }))).toEqual({
      idempotencyKey: 'order-42',
    });
  });

  it.each(['7', '"x"', '"1", "2"', '*', '"1234567890123456"'])(
    'refuses If-Match %p naming the header',
    (ifMatch) => {
      expect(refusal(() => parseCommandHeaders(request({ 'if-match': ifMatch })))).toEqual({
        field: 'If-Match',
        code: 'request/invalid-if-match',
      });
    },
  );

  it.each(['', 'with space', 'é', 'x'.repeat(256)])('refuses Idempotency-Key %p', (key) => {
    expect(refusal(() => parseCommandHeaders(request({ 'idempotency-key': key })))).toEqual({
      field: 'Idempotency-Key',
      code: 'request/invalid-idempotency-key',
    });
  });
});
