import { type Role } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { isCountryCode } from '@greenchain/reference-data';

/**
 * Officers act for one country and one agency; analysts and administrators work across countries;
 * national focal points are customs officers or prosecutors. Abilities depend on this, so a
 * profile that breaks it is refused rather than stored.
 */
export function checkProfile(
  role: Role,
  country: string | null,
  agency: string | null,
  focalPoint = false,
): void {
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
  // Reports are filed by customs and prosecution; a judge or a cross-country role files none.
  if (focalPoint && role !== 'customs' && role !== 'prosecutor') {
    throw new ProblemException(
      422,
      'user/focal-point-not-allowed',
      `A ${role} cannot be a national focal point: only customs officers and prosecutors file reports.`,
      'focalPoint',
    );
  }
}
