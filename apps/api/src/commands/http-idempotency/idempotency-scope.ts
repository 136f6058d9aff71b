import { type SessionUser } from '@greenchain/contracts';
import { argon2id, hash } from 'argon2';
import { type CommandKeys } from '../command-keys.service';
import { type IdempotencyOwner } from './idempotent-by.decorator';

/** What a POST carries that decides whose its key is and what "the same request" means. */
export interface ScopedRequest {
  readonly user?: SessionUser;
  /** The matched route pattern, e.g. /api/users. */
  readonly route: string;
  readonly params: unknown;
  readonly query: unknown;
  readonly body: unknown;
}

export interface IdempotencyScope {
  /** Who the key belongs to: a repeat by anyone else is another request. */
  readonly owner: string;
  /** What a repeat must match to get the first response (else 422). */
  readonly request: unknown;
  /** The key the stored response is sealed with, derived from the salt kept beside it. */
  sealKey(salt: Buffer): Promise<Buffer>;
}

const textField = (body: unknown, name: string): string | undefined => {
  const value = (body as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** Owned by a 256-bit random credential in the body (refresh token, sign-in challenge). */
function randomCredentialScope(
  request: ScopedRequest,
  field: string,
  owner: { readonly prefix: string; readonly label: IdempotencyOwner },
  keys: CommandKeys,
): IdempotencyScope | undefined {
  const token = textField(request.body, field);
  if (token === undefined) return undefined;
  return {
    owner: `${owner.prefix}:${keys.digest([owner.label, token]).toString('hex')}`,
    request: { route: request.route },
    sealKey: (salt) => Promise.resolve(keys.digest(['seal', token, salt.toString('hex')])),
  };
}

/**
 * The scope of an Idempotency-Key, or undefined where this mechanism does not apply (commands, a
 * body without the credential: validation refuses it anyway). Credential-owned responses hold
 * tokens, so they are sealed under the credential itself: a refresh token or a sign-in challenge
 * is 256 random bits, a
 * password goes through argon2id (as costly to guess as the stored password hash, no cheaper).
 */
export function idempotencyScope(
  owner: IdempotencyOwner,
  request: ScopedRequest,
  keys: CommandKeys,
): IdempotencyScope | undefined {
  switch (owner) {
    case 'user': {
      if (request.user === undefined) return undefined;
      const id = `user:${request.user.id}`;
      const { route, params, query, body } = request;
      return {
        owner: id,
        request: { route, params, query, body },
        sealKey: (salt) => Promise.resolve(keys.digest(['seal', id, salt.toString('hex')])),
      };
    }
    case 'refresh-token':
      return randomCredentialScope(
        request,
        'refreshToken',
        { prefix: 'refresh', label: owner },
        keys,
      );
    case 'second-factor-challenge':
      return randomCredentialScope(
        request,
        'challenge',
        { prefix: 'challenge', label: owner },
        keys,
      );
    case 'password': {
      const email = textField(request.body, 'email');
      const password = textField(request.body, 'password');
      if (email === undefined || password === undefined) return undefined;
      return {
        owner: `login:${email.toLowerCase()}`,
        request: { route: request.route },
        sealKey: (salt) => hash(password, { type: argon2id, raw: true, salt }),
      };
    }
    case 'event-store':
      return undefined;
  }
}
