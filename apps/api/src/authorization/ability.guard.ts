import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '@greenchain/platform';
import { type AuthenticatedRequest } from '../auth/authentication.guard';
import { abilityFor } from './ability.factory';
import { REQUIRED_ABILITY, type RequiredAbility } from './allow.decorator';
import { subjectWords } from './subject-words';

/** Checks @Allow() after authentication; record-scoped checks happen where the record is loaded. */
@Injectable()
export class AbilityGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<RequiredAbility | undefined>(
      REQUIRED_ABILITY,
      [context.getHandler(), context.getClass()],
    );
    if (!required) return true;
    const { user } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (abilityFor(user).can(required.action, required.subject)) return true;
    throw new ProblemException(
      403,
      'auth/forbidden',
      `The role ${user.role} cannot ${required.action} ${subjectWords[required.subject]}.`,
    );
  }
}
