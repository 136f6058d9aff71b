import { SetMetadata } from '@nestjs/common';

export const ENROLMENT_ALLOWED = 'greenchain:second-factor-enrolment-allowed';

/**
 * A route an administrator without a second factor may still call: the ones to enrol one, and
 * who am I. Every other route answers them 403 `auth/second-factor-enrolment-required`.
 */
export const EnrolmentAllowed = () => SetMetadata(ENROLMENT_ALLOWED, true);
