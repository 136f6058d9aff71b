import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The stored fields an event's hash covers; `data` is as stored, so ciphertext for personal fields. */
export interface HashedEventFields {
  readonly streamId: string;
  readonly streamType: string;
  readonly streamPosition: number;
  readonly eventId: string;
  readonly eventType: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly correlationId: string | null;
  readonly causationId: string | null;
  readonly commandId: string | null;
}

/**
 * Digest of one event's stored payload. An array frames the fields unambiguously, and canonical JSON
 * makes the digest independent of key order, so it can be recomputed from what PostgreSQL returns.
 */
export function eventDigest(fields: HashedEventFields): Buffer {
  return sha256(
    canonicalJson([
      fields.streamId,
      fields.streamType,
      fields.streamPosition,
      fields.eventId,
      fields.eventType,
      fields.schemaVersion,
      fields.data,
      fields.metadata,
      fields.correlationId,
      fields.causationId,
      fields.commandId,
    ]),
  );
}

/** One link of a stream's chain: sha256(previous hash || digest); the first event has no previous hash. */
export function chainHash(previousHash: Buffer | null, digest: Buffer): Buffer {
  return sha256(previousHash ? Buffer.concat([previousHash, digest]) : digest);
}

function sha256(input: string | Buffer): Buffer {
  return createHash('sha256').update(input).digest();
}

/** A stored event as the verifier sees it. */
export interface ChainedEvent extends HashedEventFields {
  readonly prevHash: Buffer | null;
  readonly hash: Buffer;
}

/** The stream's head as recorded in `streams`, or null when the stream has no row. */
export interface StreamHead {
  readonly version: number;
  readonly lastHash: Buffer;
}

export type ChainVerification =
  | { readonly valid: true; readonly streamId: string; readonly version: number }
  | {
      readonly valid: false;
      readonly streamId: string;
      /** The first position whose event is missing, moved, altered, or not linked to its predecessor. */
      readonly position: number;
      readonly reason: string;
    };

/**
 * Walks a stream's events in position order and reports the first break: a gap (deleted or moved
 * event), a digest that no longer matches the payload (altered event), a broken link, or a head in
 * `streams` that disagrees with the last event (deleted tail).
 */
export function verifyChain(
  streamId: string,
  events: Iterable<ChainedEvent>,
  head: StreamHead | null,
): ChainVerification {
  let previousHash: Buffer | null = null;
  let position = 0;
  for (const event of events) {
    position += 1;
    const reason = linkError(event, position, previousHash);
    if (reason) return { valid: false, streamId, position, reason };
    previousHash = event.hash;
  }
  const headError = headMismatch(position, previousHash, head);
  if (headError) return { valid: false, streamId, ...headError };
  return { valid: true, streamId, version: position };
}

function linkError(event: ChainedEvent, position: number, previousHash: Buffer | null) {
  if (event.streamPosition !== position)
    return `expected position ${position}, found ${event.streamPosition}`;
  if (!sameBytes(event.prevHash, previousHash))
    return 'previous hash does not match the preceding event';
  if (!event.hash.equals(chainHash(previousHash, eventDigest(event))))
    return 'hash does not match the payload';
  return undefined;
}

function headMismatch(
  version: number,
  lastHash: Buffer | null,
  head: StreamHead | null,
): { position: number; reason: string } | undefined {
  const headVersion = head?.version ?? 0;
  if (headVersion !== version) {
    const reason = `stream head is at version ${headVersion}, events end at ${version}`;
    return { position: Math.min(headVersion, version) + 1, reason };
  }
  if (head && !sameBytes(head.lastHash, lastHash)) {
    return { position: version, reason: 'stream head hash does not match the last event' };
  }
  return undefined;
}

function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}
