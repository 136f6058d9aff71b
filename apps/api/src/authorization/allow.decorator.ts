import { SetMetadata } from '@nestjs/common';
import { type AppAction, type AppSubjectType } from './app-ability';

export const REQUIRED_ABILITY = 'greenchain:required-ability';

export interface RequiredAbility {
  readonly action: AppAction;
  readonly subject: AppSubjectType;
}

/** For routes on subjects with no record scope (users, data subjects): the ability the role needs. */
export const Allow = (action: AppAction, subject: AppSubjectType) =>
  SetMetadata(REQUIRED_ABILITY, { action, subject } satisfies RequiredAbility);
