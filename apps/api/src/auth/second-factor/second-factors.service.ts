import { Injectable } from '@nestjs/common';
import {
  type RecoveryCodes,
  type SecondFactorEnrolment,
  type SecondFactorStatus,
  type SessionUser,
} from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { svgQrCode } from './qr-code';
import { newRecoveryCodes } from './recovery-codes';
import { SecondFactorVerifier } from './second-factor-verifier';
import { alreadyEnabled, refusalProblem } from './second-factor-problems';
import { checkTotp, newTotpSecret, otpauthUri } from './totp-codes';

interface PendingRow {
  secret_sealed: Buffer;
  confirmed_at: Date | null;
}

/** Only administrators must have a second factor. */
export const secondFactorRequired = (user: Pick<SessionUser, 'role'>): boolean =>
  user.role === 'admin';

/**
 * A user's TOTP second factor: enrolment (a secret, active only once a code from it is
 * confirmed), recovery codes, disabling. Every change to a factor that exists needs a current code.
 */
@Injectable()
export class SecondFactors {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verifier: SecondFactorVerifier,
  ) {}

  async isEnabled(userId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL',
      [userId],
    );
    return rows.length > 0;
  }

  async status(user: SessionUser): Promise<SecondFactorStatus> {
    const [row] = await this.dataSource.query<{ enabled: boolean; left: number }[]>(
      `SELECT f.confirmed_at IS NOT NULL AS enabled,
              (SELECT count(*)::int FROM second_factor_recovery_codes c
                WHERE c.user_id = $1 AND c.used_at IS NULL) AS left
         FROM (SELECT $1::uuid AS user_id) u
         LEFT JOIN second_factors f ON f.user_id = u.user_id`,
      [user.id],
    );
    const enabled = row?.enabled === true;
    return {
      enabled,
      required: secondFactorRequired(user),
      recoveryCodesLeft: enabled ? (row?.left ?? 0) : 0,
    };
  }

  /** A new secret, pending until confirmed; starting again replaces a pending one. */
  async startEnrolment(user: SessionUser): Promise<SecondFactorEnrolment> {
    const secret = newTotpSecret();
    const started = await this.dataSource.query<unknown[]>(
      `WITH started AS (
         INSERT INTO second_factors (user_id, secret_sealed) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE
           SET secret_sealed = EXCLUDED.secret_sealed, last_used_step = NULL,
               failed_attempts = 0, locked_until = NULL, created_at = now()
           WHERE second_factors.confirmed_at IS NULL
         RETURNING 1)
       SELECT 1 FROM started`,
      [user.id, this.verifier.sealSecret(user.id, secret)],
    );
    if (started.length === 0) throw alreadyEnabled();
    const uri = otpauthUri(user.email, secret);
    return { secret, otpauthUri: uri, qrCode: await svgQrCode(uri) };
  }

  /** A code from the pending secret turns it on; the answer holds the recovery codes, shown once. */
  confirmEnrolment(userId: string, code: string): Promise<RecoveryCodes> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<PendingRow[]>(
        'SELECT secret_sealed, confirmed_at FROM second_factors WHERE user_id = $1 FOR UPDATE',
        [userId],
      );
      if (!row) {
        throw new ProblemException(
          409,
          'auth/second-factor-enrolment-not-started',
          'Start an enrolment first (POST /api/auth/second-factor/enrolment).',
        );
      }
      if (row.confirmed_at !== null) throw alreadyEnabled();
      const secret = this.verifier.openSecret(userId, row.secret_sealed);
      const result = await checkTotp(secret, code.replace(/\s/g, ''), null, Date.now());
      if (result.outcome !== 'valid') throw refusalProblem('invalid', 422);
      await manager.query(
        `UPDATE second_factors SET confirmed_at = now(), last_used_step = $2 WHERE user_id = $1`,
        [userId, result.timeStep],
      );
      return { recoveryCodes: await this.replaceRecoveryCodes(manager, userId) };
    });
  }

  /** Turns the factor off, with a current code or a recovery code. */
  async disable(userId: string, code: string): Promise<void> {
    await this.withCode(userId, code, async (manager) => {
      await manager.query('DELETE FROM second_factor_recovery_codes WHERE user_id = $1', [userId]);
      await manager.query('DELETE FROM second_factors WHERE user_id = $1', [userId]);
    });
  }

  /** New recovery codes (the old ones stop working), with a current code or a recovery code. */
  regenerateRecoveryCodes(userId: string, code: string): Promise<RecoveryCodes> {
    return this.withCode(userId, code, async (manager) => ({
      recoveryCodes: await this.replaceRecoveryCodes(manager, userId),
    }));
  }

  /** For the embedded demo only: the demo administrator's factor, enrolled without a phone. */
  async enrolConfirmed(userId: string, secret: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO second_factors (user_id, secret_sealed, confirmed_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET secret_sealed = EXCLUDED.secret_sealed,
         confirmed_at = now(), last_used_step = NULL, failed_attempts = 0, locked_until = NULL`,
      [userId, this.verifier.sealSecret(userId, secret)],
    );
  }

  /** The secret of an enabled factor, for the embedded demo's start-up banner only. */
  async enabledSecret(userId: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query<{ secret_sealed: Buffer }[]>(
      'SELECT secret_sealed FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL',
      [userId],
    );
    return row ? this.verifier.openSecret(userId, row.secret_sealed) : undefined;
  }

  /** Runs `change` once `code` is accepted; a refusal is thrown after the failure count commits. */
  private async withCode<T>(
    userId: string,
    code: string,
    change: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const check = await this.verifier.check(manager, userId, code, { recovery: true });
      return 'refused' in check ? check : { done: await change(manager) };
    });
    if ('refused' in outcome) throw refusalProblem(outcome.refused, 422);
    return outcome.done;
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await manager.query('DELETE FROM second_factor_recovery_codes WHERE user_id = $1', [userId]);
    await manager.query(
      `INSERT INTO second_factor_recovery_codes (user_id, code_hash)
       SELECT $1, unnest($2::bytea[])`,
      [
        userId,
        codes.map((code) => this.verifier.recoveryHasher.hash(userId, code.replace(/-/g, ''))),
      ],
    );
    return codes;
  }
}
