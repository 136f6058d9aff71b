/** One sign-in of the current user, as GET /api/auth/sessions lists it. */
export interface SessionRecord {
  readonly id: string;
  /** ISO 8601 instants. */
  readonly createdAt: string;
  /** The last refresh or request, to within a minute. */
  readonly lastUsedAt: string;
  /** The absolute end of the session, however often it is refreshed. */
  readonly expiresAt: string;
  readonly userAgent: string | null;
  readonly clientAddress: string | null;
  /** The session of the access token that asked. */
  readonly current: boolean;
}

export interface EndedSessions {
  /** How many sessions ended with this request. */
  readonly ended: number;
}
