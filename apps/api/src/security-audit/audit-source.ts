import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { type AuditClient } from '@greenchain/domain';
import { type Request } from 'express';

/** The longest User-Agent kept: enough to tell clients apart, not a place to store payloads. */
const userAgentLength = 300;

export interface AuditActor {
  readonly userId: string;
  readonly role: string;
}

/** Who made a request and from where: what every audit entry carries besides its facts. */
export interface AuditSource {
  /** Null when nobody is signed in (a sign-in attempt). */
  readonly actor: AuditActor | null;
  readonly client: AuditClient;
}

/** The same request, acted by a user it has just identified (a sign-in). */
export function actingAs(source: AuditSource, user: Pick<SessionUser, 'id' | 'role'>): AuditSource {
  return { ...source, actor: { userId: user.id, role: user.role } };
}

export function auditSourceOf(request: Request & { user?: SessionUser }): AuditSource {
  const userAgent = request.get('user-agent');
  return {
    actor: request.user ? { userId: request.user.id, role: request.user.role } : null,
    client: {
      // Express resolves X-Forwarded-For only from the trusted proxies ('trust proxy').
      address: request.ip ?? null,
      userAgent: userAgent ? userAgent.slice(0, userAgentLength) : null,
    },
  };
}

/** The request's AuditSource, for SecurityAuditTrail.record. */
export const RequestAuditSource = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuditSource =>
    auditSourceOf(context.switchToHttp().getRequest<Request & { user?: SessionUser }>()),
);
