import { randomBytes } from 'node:crypto';
import {
  decryptPersonalValues,
  encryptPersonalValues,
  encryptedSubjectIds,
  erasedValue,
  markedSubjectIds,
  newSubjectKey,
  personal,
  redactedValue,
  redactPersonalValues,
  unwrapSubjectKey,
  wrapSubjectKey,
} from './personal-data-cipher';

describe('personal data cipher', () => {
  const key = newSubjectKey();
  const keys = new Map([['person-1', key]]);
  const data = {
    caseId: 'case-1',
    parties: [{ role: 'suspect', name: personal('person-1', 'Jane Canary'), born: 1980 }],
  };

  it('encrypts marked values only, leaving no plaintext, and decrypts them back in place', () => {
    const stored = encryptPersonalValues(data, keys);
    expect(JSON.stringify(stored)).not.toContain('Canary');
    expect(JSON.stringify(stored)).toContain('case-1');
    expect(encryptedSubjectIds(stored)).toEqual(new Set(['person-1']));
    expect(decryptPersonalValues(stored, keys)).toEqual({
      caseId: 'case-1',
      parties: [{ role: 'suspect', name: 'Jane Canary', born: 1980 }],
    });
  });

  it('finds the subjects of marked values', () => {
    expect(markedSubjectIds(data)).toEqual(new Set(['person-1']));
  });

  it('returns the erased marker when the key is gone, and the redacted marker when not decrypting', () => {
    const stored = encryptPersonalValues(data, keys);
    const erased = decryptPersonalValues(stored, new Map([['person-1', null]])) as typeof data;
    expect(erased.parties[0]?.name).toEqual(erasedValue);
    const redacted = redactPersonalValues(stored) as typeof data;
    expect(redacted.parties[0]?.name).toEqual(redactedValue);
  });

  it('refuses a ciphertext moved to another subject or decrypted with another key', () => {
    const stored = JSON.stringify(encryptPersonalValues(data, keys));
    const moved: unknown = JSON.parse(stored.replace('"person-1"', '"person-2"'));
    expect(() => decryptPersonalValues(moved, new Map([['person-2', key]]))).toThrow();
    expect(() =>
      decryptPersonalValues(JSON.parse(stored), new Map([['person-1', newSubjectKey()]])),
    ).toThrow();
  });

  it('wraps subject keys under the master key, bound to the subject', () => {
    const master = randomBytes(32);
    const wrapped = wrapSubjectKey(master, 'person-1', key);
    expect(unwrapSubjectKey(master, 'person-1', wrapped).equals(key)).toBe(true);
    expect(() => unwrapSubjectKey(master, 'person-2', wrapped)).toThrow();
    expect(() => unwrapSubjectKey(randomBytes(32), 'person-1', wrapped)).toThrow();
  });
});
