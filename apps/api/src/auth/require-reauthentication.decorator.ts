import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { reauthenticationHeader } from '@greenchain/contracts';
import { ReauthenticationGuard } from './reauthentication.guard';

/** Marks a sensitive route: it also needs a fresh re-authentication proof (403 without one). */
export const RequireReauthentication = () =>
  applyDecorators(
    UseGuards(ReauthenticationGuard),
    ApiHeader({
      name: reauthenticationHeader,
      required: true,
      description:
        'The proof from POST /api/auth/reauthenticate, minutes old at most; without a valid one of yours: 403 auth/reauthentication-required.',
    }),
  );
