import { Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { SecretSeal } from '@greenchain/read-models';
import { type EntityManager } from 'typeorm';
import { RecoveryCodeHasher } from './recovery-codes';
import { parseSecondFactorCode, type SecondFactorCode } from './second-factor-code';
import { type CodeRefusal } from './second-factor-problems';
import { checkTotp } from './totp-codes';

/** Wrong codes in a row (any route) that lock the factor, and for how long. */
export const lockAfterFailures = 10;
export const lockSeconds = 15 * 60;

interface FactorRow {
  secret_sealed: Buffer;
  confirmed_at: Date | null;
  last_used_step: string | null;
  locked_until: Date | null;
}

export type CodeCheck = { readonly accepted: true } | { readonly refused: CodeRefusal };

/** How the TOTP secrets are sealed: the user id is bound to each. */
export const totpSeal = (config: GreenchainConfig) =>
  new SecretSeal(config.encryptionMasterKey, 'totp');

/**
 * Checks a code against an enabled factor inside the caller's transaction, which it locks: an
 * authenticator code newer than the last one accepted, or (where allowed) an unused recovery code,
 * which is then spent. Wrong codes are counted whatever the route; enough in a row lock the factor.
 * The caller commits even on refusal, so the count is kept.
 */
@Injectable()
export class SecondFactorVerifier {
  private readonly seal: SecretSeal;
  readonly recoveryHasher: RecoveryCodeHasher;

  constructor(@Inject(GREENCHAIN_CONFIG) config: GreenchainConfig) {
    this.seal = totpSeal(config);
    this.recoveryHasher = new RecoveryCodeHasher(config.encryptionMasterKey);
  }

  openSecret(userId: string, sealed: Buffer): string {
    return this.seal.open(userId, sealed);
  }

  sealSecret(userId: string, secret: string): Buffer {
    return this.seal.seal(userId, secret);
  }

  async check(
    manager: EntityManager,
    userId: string,
    input: string,
    options: { readonly recovery: boolean },
  ): Promise<CodeCheck> {
    const [row] = await manager.query<FactorRow[]>(
      `SELECT secret_sealed, confirmed_at, last_used_step, locked_until FROM second_factors
        WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    if (!row || row.confirmed_at === null) return { refused: 'not-enabled' };
    if (row.locked_until !== null && row.locked_until.getTime() > Date.now()) {
      return { refused: 'locked' };
    }
    const code = parseSecondFactorCode(input);
    const refusal =
      code === undefined || (code.kind === 'recovery' && !options.recovery)
        ? 'invalid'
        : await this.spend(manager, userId, row, code);
    if (refusal === undefined) {
      await manager.query('UPDATE second_factors SET failed_attempts = 0 WHERE user_id = $1', [
        userId,
      ]);
      return { accepted: true };
    }
    await this.countFailure(manager, userId);
    return { refused: refusal };
  }

  /** Undefined when the code was good (and is now used up), else why not. */
  private async spend(
    manager: EntityManager,
    userId: string,
    row: FactorRow,
    code: SecondFactorCode,
  ): Promise<CodeRefusal | undefined> {
    if (code.kind === 'recovery') {
      const spent = await manager.query<unknown[]>(
        `WITH spent AS (
           UPDATE second_factor_recovery_codes SET used_at = now()
            WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1)
         SELECT 1 FROM spent`,
        [userId, this.recoveryHasher.hash(userId, code.code)],
      );
      return spent.length === 1 ? undefined : 'invalid';
    }
    const lastUsed = row.last_used_step === null ? null : Number(row.last_used_step);
    const secret = this.openSecret(userId, row.secret_sealed);
    const result = await checkTotp(secret, code.code, lastUsed, Date.now());
    if (result.outcome !== 'valid') return result.outcome;
    await manager.query('UPDATE second_factors SET last_used_step = $2 WHERE user_id = $1', [
      userId,
      result.timeStep,
    ]);
    return undefined;
  }

  private async countFailure(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE second_factors SET
         failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
         locked_until = CASE WHEN failed_attempts + 1 >= $2
                             THEN now() + make_interval(secs => $3) ELSE locked_until END
        WHERE user_id = $1`,
      [userId, lockAfterFailures, lockSeconds],
    );
  }
}
