/** Today in the user's time zone as YYYY-MM-DD: the default business date of a fact. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
