import { type ProblemDetails } from '@greenchain/platform';
import type request from 'supertest';

/** supertest types bodies as `any`; tests name the shape they expect instead. */
export function bodyOf<T>(response: { body: unknown }): T {
  return response.body as T;
}

export function problemOf(response: { body: unknown }): ProblemDetails {
  return bodyOf<ProblemDetails>(response);
}

/** supertest buffers only text; a file's body (a PDF, a photograph) is collected as bytes. */
export function binary(
  response: request.Response,
  done: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

/** A problem answered to a request whose body `binary` read as bytes (a refused download). */
export function problemInBytes(response: { body: unknown }): ProblemDetails {
  return JSON.parse((response.body as Buffer).toString('utf8')) as ProblemDetails;
}
