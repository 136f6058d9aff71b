import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';

interface AccessClaims {
  readonly sub: string;
}

/** Short-lived HS256 tokens; the algorithm is pinned so `alg: none` and key confusion are refused. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTtlSeconds;
  }

  issue(userId: string): Promise<string> {
    return this.jwt.signAsync({ sub: userId } satisfies AccessClaims, {
      secret: this.config.auth.accessSecret,
      algorithm: 'HS256',
      expiresIn: this.ttlSeconds,
    });
  }

  /** The user id, or null for any token that is not ours, not intact or not current. */
  async verify(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: this.config.auth.accessSecret,
        algorithms: ['HS256'],
      });
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
