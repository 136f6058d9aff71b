import { type SessionUser } from '@greenchain/contracts';
import { type UserEntity } from '../users/user.entity';

export function toSessionUser(user: UserEntity): SessionUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    country: user.country,
    agency: user.agency,
    focalPoint: user.focalPoint,
  };
}
