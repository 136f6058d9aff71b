import { type SessionUser } from '@greenchain/contracts';
import { type Actor } from '@greenchain/domain';
import { type RecordScope } from '../authorization/app-ability';

/** The event metadata's actor; analysts and administrators have no country and never get this far. */
export function actorOf(user: SessionUser): Actor {
  return {
    userId: user.id,
    role: user.role,
    agency: user.agency ?? '',
    country: user.country ?? '',
  };
}

/** The scope of a record the user is about to create: their own country and agency. */
export function ownScope(user: SessionUser): RecordScope {
  return {
    country: user.country ?? '',
    agency: user.agency ?? '',
    sharedWith: [],
    personalSharedWith: [],
  };
}
