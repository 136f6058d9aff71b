/**
 * The longest text each kind of field takes, in characters. The domain refuses longer values and
 * the API's request shapes declare the same bounds (and document them), so a request the API
 * accepts is never refused by the domain for its length, nor the other way round.
 */
export const textLimits = {
  /** Document, seal and registration numbers, statute sections. */
  identifier: 100,
  /** Agencies, offices, courts, laboratories, substances; references, conveyances, hearing purposes. */
  shortName: 200,
  /** People and places, methods, statutes, contacts, authorities, valuation bases. */
  name: 500,
  address: 1000,
  /** Notes, reasons, grounds and descriptions: the bound of any text not named otherwise. */
  note: 2000,
  /** Laboratory results and examination findings. */
  report: 5000,
  /** A referral's account of the case. */
  summary: 10000,
} as const;
export type TextLimit = keyof typeof textLimits;
