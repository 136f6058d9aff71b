import { hsHeadingKnown, parseHsCode } from '@greenchain/reference-data';
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
  if (!hsHeadingKnown(parts.heading)) {
    return invalidValue('value/unknown-hs-heading', field, `no HS 2022 chapter ${parts.chapter}`);
  }
  const national = parts.nationalExtension === undefined ? '' : `.${parts.nationalExtension}`;
  return `${parts.subheading}${national}` as HsCode;
}
