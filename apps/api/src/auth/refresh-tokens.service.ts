import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig, ProblemException } from '@greenchain/platform';
import { DataSource, type EntityManager } from 'typeorm';

interface RefreshRow {
  family_id: string;
  user_id: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
  session_ended: boolean;
  session_expires_at: Date;
}

export interface Rotated {
  readonly userId: string;
  readonly sessionId: string;
  /** The absolute end of the session, beyond which no refresh token of it works. */
  readonly sessionExpiresAt: Date;
  readonly refreshToken: string;
}

type Rotation = { refused: ProblemException } | Rotated;

/**
 * Refresh tokens are 256 random bits, so a plain SHA-256 is as unguessable as the token itself: a
 * keyed hash (HMAC under a further secret) would add a secret to keep and nothing to guess.
 */
export const refreshTokenDigest = (token: string) => createHash('sha256').update(token).digest();
const digest = refreshTokenDigest;

function refused(code: string, detail: string): ProblemException {
  return new ProblemException(401, code, detail, 'refreshToken');
}

/**
 * Rotating refresh tokens. Each is 256 random bits, stored only as its SHA-256 and used once; using
 * one again means it was stolen (or replayed), so the whole family (the sign-in) is revoked and both
 * the thief and the owner must sign in again. A family is a session: none outlives the session's
 * absolute end, and an ended session refreshes no more.
 */
@Injectable()
export class RefreshTokens {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.refreshTtlSeconds;
  }

  /** The first token of a session, living no longer than the session itself. */
  issue(
    userId: string,
    sessionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    return this.insert(manager, userId, sessionId);
  }

  /**
   * The user, the session and a new token of its family; refuses used, revoked, expired and unknown
   * ones, and every token of an ended or expired session.
   */
  async rotate(token: string, isActive: (userId: string) => Promise<boolean>): Promise<Rotated> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<Rotation> => {
      const rows = await manager.query<RefreshRow[]>(
        `SELECT t.family_id, t.user_id, least(t.expires_at, s.expires_at) AS expires_at, t.used_at,
                t.revoked_at, s.revoked_at IS NOT NULL AS session_ended,
                s.expires_at AS session_expires_at
           FROM refresh_tokens t JOIN sessions s ON s.id = t.family_id
          WHERE t.token_hash = $1 FOR UPDATE OF t`,
        [digest(token)],
      );
      const row = rows[0];
      if (!row) return { refused: refused('auth/invalid-refresh-token', 'Unknown refresh token.') };
      if (row.revoked_at !== null || row.session_ended) {
        return {
          refused: refused('auth/refresh-token-revoked', 'This session has ended; sign in again.'),
        };
      }
      if (row.used_at !== null) {
        await this.revokeFamily(manager, row.family_id);
        return {
          refused: refused(
            'auth/refresh-token-reused',
            'This refresh token was already used; the session is revoked.',
          ),
        };
      }
      if (row.expires_at.getTime() <= Date.now()) {
        return {
          refused: refused('auth/refresh-token-expired', 'The session has expired; sign in again.'),
        };
      }
      if (!(await isActive(row.user_id))) {
        await this.revokeFamily(manager, row.family_id);
        return { refused: refused('auth/user-disabled', 'This account is disabled.') };
      }
      await manager.query('UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1', [
        digest(token),
      ]);
      await manager.query('UPDATE sessions SET last_used_at = now() WHERE id = $1', [
        row.family_id,
      ]);
      return {
        userId: row.user_id,
        sessionId: row.family_id,
        sessionExpiresAt: row.session_expires_at,
        refreshToken: await this.insert(manager, row.user_id, row.family_id),
      };
    });
    // Revocations above must commit, so the refusal is thrown only after the transaction.
    if ('refused' in outcome) throw outcome.refused;
    return outcome;
  }

  /** Reuse of a token is theft or a replay: the session ends with every token of its family. */
  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(
      'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
      [familyId],
    );
    await manager.query(
      'UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [familyId],
    );
  }

  private async insert(manager: EntityManager, userId: string, familyId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO refresh_tokens (token_hash, family_id, user_id, expires_at)
       SELECT $1, id, $3, least(now() + make_interval(secs => $4), expires_at)
         FROM sessions WHERE id = $2`,
      [digest(token), familyId, userId, this.ttlSeconds],
    );
    return token;
  }
}
