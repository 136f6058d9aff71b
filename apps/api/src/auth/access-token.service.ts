import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { type Request } from 'express';

/** Who signs our access tokens and whom they are for; a token naming anything else is refused. */
export const accessTokenIssuer = 'greenchain';
export const accessTokenAudience = 'greenchain-api';

interface AccessClaims {
  readonly sub: string;
  /** The session (sign-in) the token belongs to: ending it ends the token. */
  readonly sid: string;
}

export interface AccessTokenSubject {
  readonly userId: string;
  readonly sessionId: string;
}

interface VerifiedBearer {
  readonly token: string;
  readonly subject: Promise<AccessTokenSubject | null>;
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(request: Request): string | undefined {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' ? token : undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Short-lived HS256 tokens; the algorithm is pinned so `alg: none` and key confusion are refused,
 * and `exp`, `iss` and `aud` are required, so a token signed for another purpose or without an end
 * never passes.
 */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;
  /** Dropped with their requests. */
  private readonly verifiedByRequest = new WeakMap<Request, VerifiedBearer>();

  constructor(@Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig) {
    // A key object made once: given the secret as text, jsonwebtoken makes one on every call, and
    // first tries the text as a public key, which throws; twice a request, a tenth of the API's CPU.
    this.jwt = new JwtService({ secret: createSecretKey(Buffer.from(config.auth.accessSecret)) });
  }

  get ttlSeconds(): number {
    return this.config.auth.accessTtlSeconds;
  }

  issue(subject: AccessTokenSubject): Promise<string> {
    return this.jwt.signAsync(
      { sub: subject.userId, sid: subject.sessionId } satisfies AccessClaims,
      {
        algorithm: 'HS256',
        expiresIn: this.ttlSeconds,
        issuer: accessTokenIssuer,
        audience: accessTokenAudience,
      },
    );
  }

  /**
   * verify() of the request's bearer token, once per request and token: the request limit and
   * authentication both need it, and each verification costs a signature check.
   */
  verifyBearer(request: Request): Promise<AccessTokenSubject | null> {
    const token = bearerToken(request);
    if (token === undefined) return Promise.resolve(null);
    const verified = this.verifiedByRequest.get(request);
    if (verified?.token === token) return verified.subject;
    const subject = this.verify(token);
    this.verifiedByRequest.set(request, { token, subject });
    return subject;
  }

  /** The user and session, or null for any token that is not ours, not intact or not current. */
  async verify(token: string): Promise<AccessTokenSubject | null> {
    try {
      const claims = await this.jwt.verifyAsync<Partial<AccessClaims> & { exp?: unknown }>(token, {
        algorithms: ['HS256'],
        issuer: accessTokenIssuer,
        audience: accessTokenAudience,
      });
      // jsonwebtoken accepts a token without exp (it never expires): ours always carry one.
      if (typeof claims.exp !== 'number' || !isText(claims.sub) || !isText(claims.sid)) return null;
      return { userId: claims.sub, sessionId: claims.sid };
    } catch {
      return null;
    }
  }
}
