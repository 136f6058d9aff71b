const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * A form's values as the API wants them: an input left blank is an absent field, not '' or null
 * (which the API would check as a value); nested groups left blank disappear too.
 */
export function compactBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compactBody);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value)
    .map(([key, field]) => [key, compactBody(field)] as const)
    .filter(([, field]) => !isEmpty(field));
  return Object.fromEntries(entries);
}
