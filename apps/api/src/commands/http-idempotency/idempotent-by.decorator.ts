import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENCY_OWNER = 'greenchain:idempotency-owner';

/**
 * Whose an Idempotency-Key is, so one caller's key never replays another's response:
 * - `user`: the signed-in user (the default for every authenticated POST);
 * - `refresh-token`, `second-factor-challenge` and `password`: public sign-in routes, owned by whoever holds the credential
 *   in the body; the stored response (tokens) is sealed under a key derived from that credential;
 * - `event-store`: commands, whose key is the event store's command id (processed_commands).
 */
export type IdempotencyOwner =
  'user' | 'refresh-token' | 'second-factor-challenge' | 'password' | 'event-store';

export const IdempotentBy = (owner: IdempotencyOwner) => SetMetadata(IDEMPOTENCY_OWNER, owner);
