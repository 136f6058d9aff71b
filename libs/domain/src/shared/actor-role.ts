import type { ActorRole } from '@greenchain/contracts';
import { DomainError } from '../domain-error';
import type { CommandMetadata } from './command-metadata';

/**
 * Who may do what is the API's job (role, country, agency, stage owner). The domain refuses only
 * what no one in a role can ever do, so a wiring mistake cannot write such a fact: the worker
 * ('system') records missed deadlines and nothing else, and analysts see aggregates only.
 */
export function refuseImpossibleActor(
  errorCode: string,
  metadata: CommandMetadata,
  systemCommand: boolean,
): void {
  const role: ActorRole = metadata.actor.role;
  const allowed = systemCommand ? role === 'system' : role !== 'system' && role !== 'analyst';
  if (!allowed) {
    throw new DomainError(
      errorCode,
      systemCommand
        ? 'only the system records this fact'
        : `the ${role} role never issues this command`,
      'metadata.actor.role',
    );
  }
}
