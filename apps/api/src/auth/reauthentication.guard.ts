import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { reauthenticationHeader, reauthenticationRequired } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { type AuthenticatedRequest } from './authentication.guard';
import { ReauthenticationProofs } from './reauthentication-proofs.service';

function required(detail: string): ProblemException {
  return new ProblemException(403, reauthenticationRequired, detail, reauthenticationHeader);
}

/**
 * A stolen access token alone must not erase people, manage accounts or redirect partner data:
 * these routes also need a fresh proof (POST /api/auth/reauthenticate) in the Reauthentication
 * header. Runs after the authentication and ability guards, so the role is checked first. 403, not
 * 401: the session is fine, and clients sign out on a 401.
 */
@Injectable()
export class ReauthenticationGuard implements CanActivate {
  constructor(private readonly proofs: ReauthenticationProofs) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const proof = request.header(reauthenticationHeader);
    if (proof === undefined || proof === '') {
      throw required('Confirm your password first (POST /api/auth/reauthenticate).');
    }
    if (!(await this.proofs.isValidFor(proof, request.user.id))) {
      throw required(
        'The re-authentication proof is expired, altered or not yours; confirm your password again.',
      );
    }
    return true;
  }
}
