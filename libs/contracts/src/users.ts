import { type Role } from './roles';

/** A user as administrators see and edit it (never the password hash). */
export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly country: string | null;
  readonly agency: string | null;
  /** A national focal point of their country: files its treaty reports. */
  readonly focalPoint: boolean;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface CreateUserRequest {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: Role;
  readonly country: string | null;
  readonly agency: string | null;
  /** Customs officers and prosecutors only; false when left out. */
  readonly focalPoint?: boolean;
}

export type UpdateUserRequest = Partial<
  Pick<UserRecord, 'displayName' | 'role' | 'country' | 'agency' | 'focalPoint' | 'active'>
>;
