import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Marks a personal value inside event data before it is appended: `{ $personal: { subjectId, value } }`.
 * The store replaces it with an {@link EncryptedValue} under the subject's key; reads give back `value`,
 * or {@link erasedValue} once the subject has been erased. The shape is plain JSON, so code that cannot
 * import this library may build it itself.
 */
export interface PersonalValue {
  readonly $personal: { readonly subjectId: string; readonly value: unknown };
}

/** How a personal value is stored: AES-256-GCM under the subject's key, bound to the subject id. */
export interface EncryptedValue {
  readonly $encrypted: {
    readonly v: 1;
    readonly subjectId: string;
    readonly iv: string;
    readonly tag: string;
    readonly ciphertext: string;
  };
}

/** What a read returns in place of a personal value whose subject has been erased. */
export const erasedValue: { readonly erased: true } = Object.freeze({ erased: true });

/** What a read that does not decrypt (e.g. for analyst projections) returns in place of a personal value. */
export const redactedValue: { readonly redacted: true } = Object.freeze({ redacted: true });

export function personal(subjectId: string, value: unknown): PersonalValue {
  return { $personal: { subjectId, value } };
}

export function isPersonalValue(value: unknown): value is PersonalValue {
  return hasOnlyKey(value, '$personal');
}

export function isEncryptedValue(value: unknown): value is EncryptedValue {
  return hasOnlyKey(value, '$encrypted');
}

export function isErasedValue(value: unknown): value is typeof erasedValue {
  return hasOnlyKey(value, 'erased') && (value as { erased: unknown }).erased === true;
}

export function isRedactedValue(value: unknown): value is typeof redactedValue {
  return hasOnlyKey(value, 'redacted') && (value as { redacted: unknown }).redacted === true;
}

function hasOnlyKey(value: unknown, key: string): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  // for...in rather than Object.keys: reads walk every node of every event, and an array per node
  // was most of what they allocated.
  let count = 0;
  for (const own in value) {
    if (own !== key) return false;
    count += 1;
  }
  return count === 1;
}

/**
 * A JSON tree with `replace` substituting any node (its result is not walked further); `replace`
 * returns undefined to keep a node and walk into it. Copy on write: a subtree where nothing was
 * replaced is returned as it is, so a read of events without personal values allocates nothing.
 */
export function mapJson(value: unknown, replace: (node: unknown) => unknown): unknown {
  const replaced = replace(value);
  if (replaced !== undefined) return replaced;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value as unknown[];
    let copy: unknown[] | undefined;
    items.forEach((item, index) => {
      const mapped = mapJson(item, replace);
      if (mapped !== item) (copy ??= [...items])[index] = mapped;
    });
    return copy ?? items;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in record) {
    const item = record[key];
    const mapped = mapJson(item, replace);
    if (mapped !== item) (copy ??= { ...record })[key] = mapped;
  }
  return copy ?? value;
}

/** Subject ids of the values marked personal (not yet encrypted) in a JSON tree. */
export function markedSubjectIds(value: unknown, into = new Set<string>()): Set<string> {
  return collectSubjectIds(
    value,
    (node) => isPersonalValue(node) && node.$personal.subjectId,
    into,
  );
}

/** Subject ids of the encrypted values in a JSON tree. */
export function encryptedSubjectIds(value: unknown, into = new Set<string>()): Set<string> {
  return collectSubjectIds(
    value,
    (node) => isEncryptedValue(node) && node.$encrypted.subjectId,
    into,
  );
}

function collectSubjectIds(
  value: unknown,
  subjectOf: (node: unknown) => string | false,
  into: Set<string>,
): Set<string> {
  const subjectId = subjectOf(value);
  if (subjectId !== false) into.add(subjectId);
  else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    for (const key in node) collectSubjectIds(node[key], subjectOf, into);
  }
  return into;
}

export function encryptPersonalValues(value: unknown, keys: ReadonlyMap<string, Buffer>): unknown {
  return mapJson(value, (node) => {
    if (!isPersonalValue(node)) return undefined;
    const { subjectId, value: plain } = node.$personal;
    return encryptValue(requiredKey(keys, subjectId), subjectId, plain);
  });
}

/** Keys missing from `keys` (or null) belong to erased subjects: their values become {@link erasedValue}. */
export function decryptPersonalValues(
  value: unknown,
  keys: ReadonlyMap<string, Buffer | null>,
): unknown {
  return mapJson(value, (node) => {
    if (!isEncryptedValue(node)) return undefined;
    const key = keys.get(node.$encrypted.subjectId);
    return key ? decryptValue(key, node) : erasedValue;
  });
}

export function redactPersonalValues(value: unknown): unknown {
  return mapJson(value, (node) => (isEncryptedValue(node) ? redactedValue : undefined));
}

export function encryptValue(key: Buffer, subjectId: string, plain: unknown): EncryptedValue {
  const sealed = seal(key, Buffer.from(JSON.stringify(plain) ?? 'null'), subjectId);
  return {
    $encrypted: {
      v: 1,
      subjectId,
      iv: sealed.iv.toString('base64'),
      tag: sealed.tag.toString('base64'),
      ciphertext: sealed.ciphertext.toString('base64'),
    },
  };
}

export function decryptValue(key: Buffer, encrypted: EncryptedValue): unknown {
  const { subjectId, iv, tag, ciphertext } = encrypted.$encrypted;
  const plain = open(key, subjectId, {
    iv: Buffer.from(iv, 'base64'),
    tag: Buffer.from(tag, 'base64'),
    ciphertext: Buffer.from(ciphertext, 'base64'),
  });
  return JSON.parse(plain.toString('utf8')) as unknown;
}

/** A fresh random 256-bit key for one data subject. */
export function newSubjectKey(): Buffer {
  return randomBytes(32);
}

/** Wraps a subject key with the master key; the subject id is authenticated so keys cannot be swapped. */
export function wrapSubjectKey(masterKey: Buffer, subjectId: string, key: Buffer): Buffer {
  const sealed = seal(masterKey, key, `subject-key:${subjectId}`);
  return Buffer.concat([sealed.iv, sealed.tag, sealed.ciphertext]);
}

export function unwrapSubjectKey(masterKey: Buffer, subjectId: string, wrapped: Buffer): Buffer {
  return open(masterKey, `subject-key:${subjectId}`, {
    iv: wrapped.subarray(0, ivLength),
    tag: wrapped.subarray(ivLength, ivLength + tagLength),
    ciphertext: wrapped.subarray(ivLength + tagLength),
  });
}

/** Refuses anything but a 256-bit key, so a misconfigured master key fails at start, not at first use. */
export function assertKeyLength(key: Buffer, name: string): void {
  if (key.length !== 32) throw new RangeError(`${name} must be 32 bytes, got ${key.length}`);
}

const ivLength = 12;
const tagLength = 16;

interface Sealed {
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly ciphertext: Buffer;
}

function seal(key: Buffer, plain: Buffer, associatedData: string): Sealed {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

function open(key: Buffer, associatedData: string, sealed: Sealed): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
}

function requiredKey(keys: ReadonlyMap<string, Buffer>, subjectId: string): Buffer {
  const key = keys.get(subjectId);
  if (!key) throw new Error(`no key loaded for data subject ${subjectId}`);
  return key;
}
