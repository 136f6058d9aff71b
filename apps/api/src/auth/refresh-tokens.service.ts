import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig, ProblemException } from '@greenchain/platform';
import { DataSource, type EntityManager } from 'typeorm';

interface RefreshRow {
  family_id: string;
  user_id: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

type Rotation = { refused: ProblemException } | { userId: string; refreshToken: string };

const digest = (token: string) => createHash('sha256').update(token).digest();

function refused(code: string, detail: string): ProblemException {
  return new ProblemException(401, code, detail, 'refreshToken');
}

/**
 * Rotating refresh tokens. Each is 256 random bits, stored only as its SHA-256 and used once; using
 * one again means it was stolen (or replayed), so the whole family (the sign-in) is revoked and both
 * the thief and the owner must sign in again.
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

  issue(
    userId: string,
    familyId: string = randomUUID(),
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    return this.insert(manager, userId, familyId);
  }

  /** The user id and a new token of the same family; refuses used, revoked, expired and unknown ones. */
  async rotate(
    token: string,
    isActive: (userId: string) => Promise<boolean>,
  ): Promise<{ userId: string; refreshToken: string }> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<Rotation> => {
      const rows = await manager.query<RefreshRow[]>(
        `SELECT family_id, user_id, expires_at, used_at, revoked_at FROM refresh_tokens
          WHERE token_hash = $1 FOR UPDATE`,
        [digest(token)],
      );
      const row = rows[0];
      if (!row) return { refused: refused('auth/invalid-refresh-token', 'Unknown refresh token.') };
      if (row.revoked_at !== null) {
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
      return {
        userId: row.user_id,
        refreshToken: await this.insert(manager, row.user_id, row.family_id),
      };
    });
    // Revocations above must commit, so the refusal is thrown only after the transaction.
    if ('refused' in outcome) throw outcome.refused;
    return outcome;
  }

  /** Logout: the token's whole family ends; an unknown token is no error (nothing to end). */
  async revoke(token: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [digest(token)],
    );
  }

  /**
   * A disabled user's sessions end at once, and so do the others when a password changes; `keep` is
   * the refresh token of the session that changed it, which stays signed in (if it is the user's).
   */
  async revokeUser(
    userId: string,
    keep?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL
          AND family_id IS DISTINCT FROM
              (SELECT family_id FROM refresh_tokens WHERE token_hash = $2 AND user_id = $1)`,
      [userId, keep === undefined ? null : digest(keep)],
    );
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(
      'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
      [familyId],
    );
  }

  private async insert(manager: EntityManager, userId: string, familyId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO refresh_tokens (token_hash, family_id, user_id, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [digest(token), familyId, userId, this.ttlSeconds],
    );
    return token;
  }
}
