import type { Actor } from '@greenchain/domain';
import { Random } from '../random';
import { countryProfiles, type CountryProfile } from './country-profiles';
import { namePools } from './name-pools';

export type ActingRole = 'customs' | 'prosecutor' | 'judiciary';

export const actingRoles: readonly ActingRole[] = ['customs', 'prosecutor', 'judiciary'];

/** A user account the world's commands are recorded under, one per country and role. */
export interface DemoActor extends Actor {
  readonly role: ActingRole;
  readonly email: string;
  readonly displayName: string;
}

const roleTitles: Record<ActingRole, string> = {
  customs: 'Customs officer',
  prosecutor: 'Prosecutor',
  judiciary: 'Judiciary liaison',
};

/**
 * The same for every seed: worlds of different seeds in one database share their officers. Ids and
 * names come from the country and role alone, so a second seeding finds the accounts it made.
 */
function actorOf(profile: CountryProfile, role: ActingRole): DemoActor {
  const random = Random.of('demo-actor', profile.code, role);
  const names = namePools[profile.names];
  const name = `${random.pick(names.given)} ${random.pick(names.family)}`;
  return {
    userId: random.uuid(),
    role,
    country: profile.code,
    agency: profile.agencies[role],
    email: `${role}.${profile.code.toLowerCase()}@world.demo.greenchain.test`,
    displayName: `${name} (${roleTitles[role]}, ${profile.code})`,
  };
}

export const demoActors: readonly DemoActor[] = countryProfiles.flatMap((profile) =>
  actingRoles.map((role) => actorOf(profile, role)),
);

export function demoActor(country: string, role: ActingRole): DemoActor {
  const actor = demoActors.find((entry) => entry.country === country && entry.role === role);
  if (!actor) throw new RangeError(`no demo ${role} in ${country}`);
  return actor;
}
