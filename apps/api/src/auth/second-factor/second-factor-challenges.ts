import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type SecondFactorChallenge } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { SecondFactorVerifier } from './second-factor-verifier';
import { refusalProblem } from './second-factor-problems';

/** A challenge lives long enough to open the authenticator app, and takes this many wrong codes. */
export const challengeTtlSeconds = 5 * 60;
export const challengeAttempts = 5;

interface ChallengeRow {
  user_id: string;
  expires_at: Date;
  failed_attempts: number;
  ended_at: Date | null;
}

type Answer = { readonly userId: string } | { readonly refused: ProblemException };

const digest = (token: string) => createHash('sha256').update(token).digest();

const challengeEnded = (detail: string) =>
  new ProblemException(401, 'auth/second-factor-challenge-invalid', detail, 'challenge');

/**
 * The second step of signing in: the password step hands out a challenge (256 random bits, stored
 * as its SHA-256), answered once with a code. Wrong codes are counted on the challenge, which dies
 * after a few (and on the factor itself, which locks after more).
 */
@Injectable()
export class SecondFactorChallenges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verifier: SecondFactorVerifier,
  ) {}

  async issue(userId: string): Promise<SecondFactorChallenge> {
    const challenge = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO second_factor_challenges (token_hash, user_id, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [digest(challenge), userId, challengeTtlSeconds],
    );
    // Spent challenges are kept a day (the counts show in the table), then dropped.
    await this.dataSource.query(
      `DELETE FROM second_factor_challenges WHERE expires_at < now() - interval '1 day'`,
    );
    return { secondFactorRequired: true, challenge, expiresIn: challengeTtlSeconds };
  }

  /** The user id once `code` answers a live `challenge`, which is then spent; else a 401 or 429. */
  async answer(challenge: string, code: string): Promise<string> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<Answer> => {
      const [row] = await manager.query<ChallengeRow[]>(
        `SELECT user_id, expires_at, failed_attempts, ended_at FROM second_factor_challenges
          WHERE token_hash = $1 FOR UPDATE`,
        [digest(challenge)],
      );
      if (!row || row.ended_at !== null) {
        return { refused: challengeEnded('This challenge is unknown or spent; sign in again.') };
      }
      if (row.expires_at.getTime() <= Date.now()) {
        return { refused: challengeEnded('This challenge has expired; sign in again.') };
      }
      const check = await this.verifier.check(manager, row.user_id, code, { recovery: true });
      if ('accepted' in check) {
        await this.end(manager, challenge);
        return { userId: row.user_id };
      }
      const failed = row.failed_attempts + 1;
      if (check.refused === 'locked' || failed >= challengeAttempts) {
        await this.end(manager, challenge);
      } else {
        await manager.query(
          'UPDATE second_factor_challenges SET failed_attempts = $2 WHERE token_hash = $1',
          [digest(challenge), failed],
        );
      }
      if (failed >= challengeAttempts && check.refused !== 'locked') {
        return { refused: challengeEnded('Too many wrong codes; sign in again.') };
      }
      return { refused: refusalProblem(check.refused, 401) };
    });
    // Counts above must commit, so the refusal is thrown only after the transaction.
    if ('refused' in outcome) throw outcome.refused;
    return outcome.userId;
  }

  private async end(manager: EntityManager, challenge: string): Promise<void> {
    await manager.query(
      'UPDATE second_factor_challenges SET ended_at = now() WHERE token_hash = $1',
      [digest(challenge)],
    );
  }
}
