import { createHmac, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { canonicalJson } from './canonical-json';
import { type IdSource } from './command.request';

/**
 * Keyed hashes of what clients send. processed_commands keeps a request hash per command; commands
 * carry personal values (names, birth dates), so an unkeyed hash would let anyone with the table
 * confirm a guessed value. Keyed by the master key, it is useless without it.
 */
@Injectable()
export class CommandKeys {
  constructor(@Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig) {}

  /** What makes a repeat "the same command": its stream, type and data. */
  requestHash(streamId: string, type: string, data: unknown): Buffer {
    return this.hmac(canonicalJson(['command', streamId, type, data]));
  }

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
  idSource(
    commandId: string,
    derived: boolean,
  ): IdSource & { readonly created: Record<string, string> } {
    const created: Record<string, string> = {};
    return {
      created,
      next: (name) => {
        const id = derived ? this.uuid(['id', commandId, name]) : randomUUID();
        created[name] = id;
        return id;
      },
    };
  }

  /** A keyed digest of any JSON value: idempotency keys and hashes outside the event store. */
  digest(value: unknown): Buffer {
    return this.hmac(canonicalJson(value));
  }

  /** A digest shaped as a version-5-style UUID, since the store keys commands by UUID. */
  private uuid(parts: readonly string[]): string {
    const hex = this.hmac(canonicalJson(parts)).toString('hex');
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      `5${hex.slice(13, 16)}`,
      `${variant}${hex.slice(17, 20)}`,
      hex.slice(20, 32),
    ].join('-');
  }

  private hmac(message: string): Buffer {
    return createHmac('sha256', this.config.encryptionMasterKey).update(message).digest();
  }
}
