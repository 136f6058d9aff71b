import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from '@greenchain/platform';

/** A UUID path parameter; anything else is a 400 naming the parameter, never a lookup. */
export const IdParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ProblemException(400, 'request/invalid-id', `${name} must be a UUID.`, name),
    }),
  );
