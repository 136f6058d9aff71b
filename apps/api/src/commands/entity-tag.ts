/** Strong ETag of a stream version ("7"): clients send it back in If-Match. */
export function entityTag(version: number): string {
  return `"${version}"`;
}
