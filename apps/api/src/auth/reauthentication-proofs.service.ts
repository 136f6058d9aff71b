import { hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';

const purpose = 'reauthentication';

interface ProofClaims {
  readonly sub: string;
  readonly purpose: typeof purpose;
  /** How the user proved it is them (RFC 8176 method names): `pwd` is the password. */
  readonly amr: readonly string[];
}

export interface IssuedProof {
  readonly proof: string;
  readonly expiresIn: number;
}

/**
 * Short-lived proofs that the signed-in user confirmed their password a moment ago ("step-up"), which
 * sensitive routes ask for on top of the access token. They are HS256 tokens signed with a key
 * derived from the access-token secret, so neither kind of token can pass for the other.
 */
@Injectable()
export class ReauthenticationProofs {
  private readonly key: Buffer;

  constructor(
    private readonly jwt: JwtService,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {
    this.key = Buffer.from(
      hkdfSync('sha256', config.auth.accessSecret, '', 'greenchain reauthentication proof', 32),
    );
  }

  async issue(userId: string, methods: readonly string[]): Promise<IssuedProof> {
    const expiresIn = this.config.auth.reauthenticationTtlSeconds;
    const claims: ProofClaims = { sub: userId, purpose, amr: methods };
    const proof = await this.jwt.signAsync(claims, {
      secret: this.key,
      algorithm: 'HS256',
      expiresIn,
    });
    return { proof, expiresIn };
  }

  /** True only for an intact, current proof issued to this user. */
  async isValidFor(proof: string, userId: string): Promise<boolean> {
    try {
      const claims = await this.jwt.verifyAsync<ProofClaims>(proof, {
        secret: this.key,
        algorithms: ['HS256'],
      });
      return claims.purpose === purpose && claims.sub === userId;
    } catch {
      return false;
    }
  }
}
