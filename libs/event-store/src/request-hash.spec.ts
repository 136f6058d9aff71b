import { randomBytes } from 'node:crypto';
import { requestHash } from './request-hash';

describe('requestHash', () => {
  const key = randomBytes(32);
  const request = ['command', 'case-1', 'AddParty', { name: 'John Kamau', kind: 'person' }];

  it('ignores key order, and tells another value apart', () => {
    const hash = requestHash(request, key);
    const reordered = ['command', 'case-1', 'AddParty', { kind: 'person', name: 'John Kamau' }];
    expect(requestHash(reordered, key)).toEqual(hash);
    expect(
      requestHash(['command', 'case-1', 'AddParty', { name: 'Jane Kamau', kind: 'person' }], key),
    ).not.toEqual(hash);
  });

  it('is keyed: without the key nobody confirms a guessed value', () => {
    const hash = requestHash(request, key);
    expect(requestHash(request, randomBytes(32))).not.toEqual(hash);
    expect(requestHash(request)).not.toEqual(hash);
  });
});
