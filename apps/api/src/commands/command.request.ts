import { type SessionUser, textLimits } from '@greenchain/contracts';
import { OptionalText, Text } from './bodies/text.decorators';

/** Where ids come from: derived from the Idempotency-Key when there is one, so a repeat matches. */
export interface IdSource {
  next(name: string): string;
}

/** What a request needs besides its body to become a domain command's data. */
export interface BuildContext {
  readonly ids: IdSource;
  readonly user: SessionUser;
}

/** Every command request carries the business time of the fact; the server adds recordedAt. */
export class CommandRequest {
  @Text(
    40,
    'Business time of the fact (ISO 8601 date or date-time), as the user gives it.',
    '2024-03-01',
  )
  occurredAt!: string;
}

export class DateOrderedRequest extends CommandRequest {
  @OptionalText(textLimits.note, 'Why this fact is dated before an earlier stage (a late entry).')
  dateOrderReason?: string;
}

/** The body's fields as plain data (no class prototypes), without the command's metadata. */
export function fieldsOf<T extends CommandRequest>(request: T): Omit<T, keyof CommandRequest> {
  const fields = JSON.parse(JSON.stringify(request)) as Omit<T, keyof CommandRequest> &
    Partial<CommandRequest>;
  delete fields.occurredAt;
  return fields;
}
