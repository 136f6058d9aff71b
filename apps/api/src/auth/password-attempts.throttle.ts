/** Routes that check a password are throttled hard per client: that is where passwords get guessed. */
export const passwordAttemptsThrottle = { default: { limit: 10, ttl: 60_000 } };
