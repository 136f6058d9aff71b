import type { ActorRole } from '@greenchain/contracts';

export interface Actor {
  readonly userId: string;
  readonly role: ActorRole;
  readonly agency: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

/**
 * What every command carries besides its data: who acts, the business time of the fact (ISO 8601),
 * and when the system records it (the caller's clock, ISO 8601 date-time): the domain keeps no clock.
 */
export interface CommandMetadata {
  readonly actor: Actor;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

export interface DomainCommand<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  readonly metadata: CommandMetadata;
}
