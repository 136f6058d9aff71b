import { isKnownHsHeading, parseHsCode } from '@greenchain/reference-data';
import type { Brand } from './brand';
import { invalidValue } from './value-errors';

/** Normalised as "2903.71" or "2903.71.10" (a national extension kept after the six HS digits). */
export type HsCode = Brand<string, 'HsCode'>;

export function hsCode(value: unknown, field: string): HsCode {
  const parts = typeof value === 'string' ? parseHsCode(value) : undefined;
  if (!parts?.subheading) {
    return invalidValue(
      'value/invalid-hs-code',
      field,
      'expected an HS subheading such as 2903.71',
    );
  }
  if (!isKnownHsHeading(parts.heading)) {
    return invalidValue(
      'value/unknown-hs-heading',
      field,
      `no heading ${parts.heading} in HS 2022`,
    );
  }
  const national = parts.nationalExtension === undefined ? '' : `.${parts.nationalExtension}`;
  return `${parts.subheading}${national}` as HsCode;
}
