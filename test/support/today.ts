/** Today's date in UTC (YYYY-MM-DD): the date of a fact recorded as it happens. */
export const today = (): string => new Date().toISOString().slice(0, 10);
