import { demoActors } from '@greenchain/demo-world';
import { hash } from 'argon2';
import { type DataSource } from 'typeorm';
import { demoPassword } from '../users/demo-users';

/**
 * The officers the world's commands are recorded under, one per country and role, with the demo
 * password so anyone can sign in as, say, the Brazilian prosecutor. Their ids are fixed by the
 * generator; an account already there (same id or email) is left alone. Plain SQL on the users
 * table, so it works on any migrated database, with or without the UserEntity registered.
 */
export async function seedWorldUsers(dataSource: DataSource): Promise<void> {
  const passwordHash = await hash(demoPassword);
  const column = <K extends keyof (typeof demoActors)[number]>(key: K) =>
    demoActors.map((actor) => actor[key]);
  await dataSource.query(
    `INSERT INTO users (id, email, display_name, password_hash, role, country, agency, active)
     SELECT id, email, display_name, $4, role, country, agency, true
       FROM unnest($1::uuid[], $2::text[], $3::text[], $5::text[], $6::text[], $7::text[])
         AS given(id, email, display_name, role, country, agency)
     ON CONFLICT DO NOTHING`,
    [
      column('userId'),
      column('email'),
      column('displayName'),
      passwordHash,
      column('role'),
      column('country'),
      column('agency'),
    ],
  );
}
