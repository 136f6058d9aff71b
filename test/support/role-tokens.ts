import { type Role } from '@greenchain/contracts';
import type request from 'supertest';
import { caseCommand } from './case-commands';
import { signIn } from './sessions';
import { signInNewUser, ugandanOfficer } from './users';

/** Access tokens by role, and `uganda` for the other country's customs officer when one is made. */
export type RoleTokens = Record<string, string>;

/**
 * Signs in the demo user of each role; given an email, an administrator (who must be among the
 * roles) also makes a Ugandan customs officer, signed in as `uganda`: the other country of the
 * e2e tests.
 */
export async function signInRoles(
  http: ReturnType<typeof request>,
  roles: readonly Role[],
  ugandanEmail?: string,
): Promise<RoleTokens> {
  const tokens: RoleTokens = {};
  for (const role of roles) tokens[role] = (await signIn(http, role)).accessToken;
  if (ugandanEmail)
    tokens.uganda = await signInNewUser(http, tokens.admin ?? '', ugandanOfficer(ugandanEmail));
  return tokens;
}

/** A case command as the holder of a token, by the token's name; a refusal fails the setup. */
export const caseCommandsAs =
  (http: ReturnType<typeof request>, tokens: RoleTokens) =>
  (who: string, path: string, body: object) =>
    caseCommand(http, tokens[who] ?? '', path, body);
