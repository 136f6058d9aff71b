import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { requestHash } from '@greenchain/event-store';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';

/**
 * Ids and keyed digests of what clients send, under the master key: a command id from an
 * Idempotency-Key, the ids of what a command creates, and the digests of the other idempotent
 * requests. (A command's request hash is the event store's, under the same key.)
 */
@Injectable()
export class CommandKeys {
  constructor(@Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig) {}

  /**
   * The command id for an Idempotency-Key. Keys are scoped to the user, so one user's key can never
   * replay (and reveal) another user's result; the store wants a UUID, so the digest is shaped as one.
   */
  commandId(userId: string, idempotencyKey: string | undefined): string {
    if (idempotencyKey === undefined) return randomUUID();
    return this.uuid(['idempotency', userId, idempotencyKey]);
  }

  /**
   * Ids for what a command creates. With an Idempotency-Key they derive from the command id, so a
   * repeat builds the very same command (same case id, same stream) and gets the first response.
   */
  idSource(commandId: string, derived: boolean): (name: string) => string {
    return (name) => (derived ? this.uuid(['id', commandId, name]) : randomUUID());
  }

  /** A keyed digest of any JSON value: idempotency keys and hashes outside the event store. */
  digest(value: unknown): Buffer {
    return requestHash(value, this.config.encryptionMasterKey);
  }

  /** A digest shaped as a version-5-style UUID, since the store keys commands by UUID. */
  private uuid(parts: readonly string[]): string {
    const hex = this.digest(parts).toString('hex');
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      `5${hex.slice(13, 16)}`,
      `${variant}${hex.slice(17, 20)}`,
      hex.slice(20, 32),
    ].join('-');
  }
}
