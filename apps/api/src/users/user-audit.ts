import { type AuditedProfile, type SecurityAuditEntry } from '@greenchain/domain';
import { type UserEntity } from './user.entity';

const auditedFields = ['role', 'country', 'agency', 'focalPoint', 'active'] as const;
const changeableFields = ['displayName', ...auditedFields] as const;

function profileOf(user: UserEntity, fields: readonly (typeof auditedFields)[number][]) {
  return Object.fromEntries(fields.map((field) => [field, user[field]])) as AuditedProfile;
}

export function userCreatedEntry(user: UserEntity): SecurityAuditEntry {
  return { kind: 'UserCreated', userId: user.id, profile: profileOf(user, auditedFields) };
}

/** What an administrator's change did to an account, the rights-bearing fields before and after. */
export function userUpdatedEntry(before: UserEntity, after: UserEntity): SecurityAuditEntry {
  const changedFields = changeableFields.filter((field) => before[field] !== after[field]);
  const changedAudited = auditedFields.filter((field) => before[field] !== after[field]);
  return {
    kind: 'UserUpdated',
    userId: after.id,
    changedFields,
    before: profileOf(before, changedAudited),
    after: profileOf(after, changedAudited),
  };
}
