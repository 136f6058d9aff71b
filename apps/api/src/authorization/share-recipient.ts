/**
 * A share names one agency of one country, and opens the case to that agency only: abilities match a
 * user on this key. The country code has two letters, so the key reads back without ambiguity.
 */
export function shareRecipient(country: string, agency: string): string {
  return `${country}:${agency}`;
}
