import { type CommandResult } from '@greenchain/contracts';
import type request from 'supertest';
import { bodyOf } from './http';
import { bearer } from './sessions';

/**
 * A case command (`POST /api/cases{path}`) as the holder of the token, for setting up a case
 * step by step; a refusal fails the setup with its problem body.
 */
export async function caseCommand(
  http: ReturnType<typeof request>,
  token: string,
  path: string,
  body: object,
): Promise<CommandResult> {
  const response = await http.post(`/api/cases${path}`).set(bearer(token)).send(body);
  if (response.status >= 300) throw new Error(`${path}: ${response.text}`);
  return bodyOf<CommandResult>(response);
}
