/** A fresh key for one user action; retries of that same action send it again. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export function entityTag(version: number): string {
  return `"${version}"`;
}
