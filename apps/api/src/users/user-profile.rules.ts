import { type Role } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { isCountryCode } from '@greenchain/reference-data';

/**
 * Officers act for one country and one agency; analysts and administrators work across countries.
 * Abilities depend on this, so a profile that breaks it is refused rather than stored.
 */
export function checkProfile(role: Role, country: string | null, agency: string | null): void {
  const officer = role === 'customs' || role === 'prosecutor' || role === 'judiciary';
  if (officer && (country === null || !isCountryCode(country))) {
    throw new ProblemException(
      422,
      'user/country-required',
      'Officers need an ISO 3166 country.',
      'country',
    );
  }
  if (officer && (agency === null || agency.trim() === '')) {
    throw new ProblemException(422, 'user/agency-required', 'Officers need an agency.', 'agency');
  }
  if (!officer && country !== null) {
    throw new ProblemException(
      422,
      'user/country-not-allowed',
      `The ${role} role works across countries.`,
      'country',
    );
  }
}
