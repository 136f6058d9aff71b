import { applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IdempotentBy, type IdempotencyOwner } from './idempotent-by.decorator';

const owners: Readonly<Record<Exclude<IdempotencyOwner, 'event-store'>, string>> = {
  user: 'scoped to you',
  'refresh-token': 'scoped to the refresh token in the body',
  'second-factor-challenge': 'scoped to the sign-in challenge in the body',
  password: 'scoped to the email and password in the body',
};

/**
 * A POST that is not a command, with its Idempotency-Key documented: a repeat answers the first
 * response (header Idempotent-Replayed: true) and does nothing again. Routes list 409 and 422 among
 * their problems. Without this decorator an authenticated POST is idempotent all the same (scoped
 * to the user); only the documentation is missing.
 */
export const IdempotentPost = (owner: Exclude<IdempotencyOwner, 'event-store'> = 'user') =>
  applyDecorators(
    IdempotentBy(owner),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: `1-255 visible ASCII characters, ${owners[owner]}. A repeat within 24 hours answers the first successful response (Idempotent-Replayed: true) and does nothing again; the same key with another request answers 422; while the first is running, 409.`,
    }),
  );
