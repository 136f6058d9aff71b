import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type SessionRecord } from '@greenchain/contracts';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { LiveSessionCache } from './live-session-cache';

/** Where a sign-in came from, shown to the user in their list of sessions. */
export interface SessionClient {
  readonly userAgent: string | null;
  readonly clientAddress: string | null;
}

export interface StartedSession {
  readonly id: string;
  readonly expiresAt: Date;
}

interface SessionRow {
  id: string;
  created_at: Date;
  last_used_at: Date;
  expires_at: Date;
  user_agent: string | null;
  client_address: string | null;
}

/** "Last used" is kept to within this much, so a busy session does not write on every request. */
const lastUsedPrecision = '1 minute';
const userAgentLength = 512;

/**
 * Sessions, one per sign-in: the access token names its session, and each request checks that the
 * session is neither ended nor past its absolute end (cached per process for a few seconds, see
 * LiveSessionCache). Ending a session also revokes its refresh tokens (the family is the session).
 */
@Injectable()
export class SessionsService {
  private readonly live = new LiveSessionCache();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async start(
    userId: string,
    client: SessionClient,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StartedSession> {
    const rows = await manager.query<{ id: string; expires_at: Date }[]>(
      `INSERT INTO sessions (id, user_id, expires_at, user_agent, client_address)
       VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5)
       RETURNING id, expires_at`,
      [
        randomUUID(),
        userId,
        this.config.auth.sessionMaxAgeSeconds,
        client.userAgent?.slice(0, userAgentLength) ?? null,
        client.clientAddress,
      ],
    );
    const row = rows[0];
    if (!row) throw new Error('the new session was not stored');
    return { id: row.id, expiresAt: row.expires_at };
  }

  /** True while the session of this user is neither ended nor past its absolute end. */
  async isLive(sessionId: string, userId: string): Promise<boolean> {
    if (this.live.isLive(sessionId)) return true;
    const rows = await this.dataSource.query<{ expires_at: Date; idle: boolean }[]>(
      `SELECT expires_at, last_used_at < now() - $3::interval AS idle FROM sessions
        WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()`,
      [sessionId, userId, lastUsedPrecision],
    );
    const row = rows[0];
    if (!row) return false;
    if (row.idle) await this.touch(sessionId);
    this.live.remember(sessionId, row.expires_at);
    return true;
  }

  async touch(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('UPDATE sessions SET last_used_at = now() WHERE id = $1', [sessionId]);
  }

  /** The user's sessions still running, newest first. */
  async list(userId: string, currentSessionId: string): Promise<SessionRecord[]> {
    const rows = await this.dataSource.query<SessionRow[]>(
      `SELECT id, created_at, last_used_at, expires_at, user_agent, client_address FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
        ORDER BY created_at DESC, id`,
      [userId],
    );
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.created_at.toISOString(),
      lastUsedAt: row.last_used_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
      userAgent: row.user_agent,
      clientAddress: row.client_address,
      current: row.id === currentSessionId,
    }));
  }

  /** Ends one of the user's sessions; false when they have no such running session. */
  async endOne(userId: string, sessionId: string): Promise<boolean> {
    return (await this.end('id = $1 AND user_id = $2', [sessionId, userId])) > 0;
  }

  /** Ends every session of the user but the one asking; answers how many ended. */
  endOthers(userId: string, currentSessionId: string): Promise<number> {
    return this.end('user_id = $1 AND id <> $2', [userId, currentSessionId]);
  }

  /**
   * An administrator disabled the user or changed their role, or a reset link set a new password:
   * every session ends (in `manager`'s transaction when given).
   */
  endAllOf(userId: string, manager?: EntityManager): Promise<number> {
    return this.end('user_id = $1', [userId], manager);
  }

  /** Sign-out: the session of this refresh token ends; an unknown token ends nothing. */
  endByRefreshToken(tokenHash: Buffer): Promise<number> {
    return this.end('id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)', [
      tokenHash,
    ]);
  }

  private async end(
    condition: string,
    parameters: unknown[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH ended AS (
         UPDATE sessions SET revoked_at = now() WHERE ${condition} AND revoked_at IS NULL RETURNING id
       ), revoked AS (
         UPDATE refresh_tokens SET revoked_at = now()
          WHERE family_id IN (SELECT id FROM ended) AND revoked_at IS NULL
       )
       SELECT id FROM ended`,
      parameters,
    );
    this.live.forget(rows.map((row) => row.id));
    return rows.length;
  }
}
