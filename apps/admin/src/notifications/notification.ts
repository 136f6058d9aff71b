export interface Notification {
  readonly id: string;
  readonly caseId: string;
  readonly caseReference: string;
  readonly kind: string;
  readonly title: string;
  readonly detail: string;
  readonly createdAt: string;
  readonly readAt?: string | null;
}
