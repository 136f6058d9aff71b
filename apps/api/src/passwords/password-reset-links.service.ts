import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig, ProblemException } from '@greenchain/platform';
import { DataSource } from 'typeorm';
import { SessionsService } from '../auth/sessions/sessions.service';
import { UsersService } from '../users/users.service';

const digest = (token: string) => createHash('sha256').update(token).digest();

/** One answer for unknown, used, replaced and expired links alike: nothing to probe. */
export const deadLink = () =>
  new ProblemException(
    400,
    'auth/reset-link-invalid',
    'This reset link is unknown, already used, replaced by a newer one or expired; ask an administrator for a new one.',
    'token',
  );

/**
 * Password reset links an administrator hands to a user (there is no mail server). The token is
 * 256 random bits kept only as its SHA-256; each user has at most one (a new link replaces the old
 * one); using it deletes it, in the same transaction that sets the password.
 */
@Injectable()
export class PasswordResetLinks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  /** A new token for the user; any older one stops working. */
  async issue(userId: string, issuedBy: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const rows = await this.dataSource.query<{ expires_at: Date }[]>(
      `INSERT INTO password_reset_links (user_id, token_hash, issued_by, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))
       ON CONFLICT (user_id) DO UPDATE
         SET token_hash = EXCLUDED.token_hash, issued_by = EXCLUDED.issued_by,
             issued_at = now(), expires_at = EXCLUDED.expires_at
       RETURNING expires_at`,
      [userId, digest(token), issuedBy, this.config.auth.passwordResetTtlSeconds],
    );
    const [stored] = rows;
    if (stored === undefined) throw new Error('the reset link was not stored');
    return { token, expiresAt: stored.expires_at };
  }

  /** The user a live token belongs to, or null. */
  async holderOf(token: string): Promise<string | null> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      'SELECT user_id FROM password_reset_links WHERE token_hash = $1 AND expires_at > now()',
      [digest(token)],
    );
    return rows[0]?.user_id ?? null;
  }

  /**
   * Spends the token and sets the password at once; two uses racing each other: the row lock lets
   * one through. Every session of the user ends, since whoever had them may have known the old one.
   */
  async redeem(token: string, userId: string, newPassword: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const spent = await manager.query<{ user_id: string }[]>(
        `DELETE FROM password_reset_links
          WHERE token_hash = $1 AND user_id = $2 AND expires_at > now()
          RETURNING user_id`,
        [digest(token), userId],
      );
      if (spent.length === 0) throw deadLink();
      await this.users.setPassword(userId, newPassword, manager);
      await this.sessions.endAllOf(userId, manager);
    });
  }
}
