import { odsSubstances, type OdsSubstance } from './ods-substances';

/** "HCFC 22", "hcfc22" and "HCFC-22" are the same designation to an officer typing fast. */
const compact = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');

const digitsOf = (value: string) => value.replace(/[.\s]/g, '');

function hsCodesOf(substance: OdsSubstance): string[] {
  return [substance.hs, ...(substance.hsCandidates ?? [])].filter(
    (code): code is string => code !== null,
  );
}

function matches(substance: OdsSubstance, query: string): boolean {
  const digits = digitsOf(query);
  if (/^\d{2,}$/.test(digits)) {
    return hsCodesOf(substance).some((code) => digitsOf(code).startsWith(digits));
  }
  return compact(substance.name).includes(compact(query));
}

/**
 * Controlled substances (Montreal Protocol) for an autocomplete: by name or designation, ignoring
 * case, spaces and hyphens, or by the digits of their HS code; the exact name first, then names starting with the query.
 */
export function searchOdsSubstances(query: string, limit: number): readonly OdsSubstance[] {
  const trimmed = query.trim();
  if (compact(trimmed) === '') return [];
  const found = odsSubstances.filter((substance) => matches(substance, trimmed));
  const typed = compact(trimmed);
  const rank = ({ name }: OdsSubstance) =>
    compact(name) === typed ? 0 : compact(name).startsWith(typed) ? 1 : 2;
  return [...found].sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}

/** The Annex and group of a Montreal Protocol group code: "C-I" is Annex C, group I; "F" has none. */
export function montrealAnnex(
  group: string | null,
): { readonly annex: string; readonly group?: string } | undefined {
  if (group === null) return undefined;
  const [annex = group, numeral] = group.split('-');
  return numeral === undefined ? { annex } : { annex, group: numeral };
}
