import { type UserRecord } from '@greenchain/contracts';
import { type UserEntity } from './user.entity';

export function toUserRecord(user: UserEntity): UserRecord {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    country: user.country,
    agency: user.agency,
    focalPoint: user.focalPoint,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
