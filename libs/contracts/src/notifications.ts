/** GET /api/notifications: an outcome of one of the office's cases, told in the console. */
export interface OutcomeNotification {
  readonly id: string;
  readonly caseId: string;
  /** The agency's reference of the case, once the case list has it. */
  readonly caseReference: string | null;
  readonly kind: string;
  readonly title: string;
  readonly detail: string;
  readonly createdAt: string;
  /** When the office marked it read. */
  readonly readAt?: string;
}
