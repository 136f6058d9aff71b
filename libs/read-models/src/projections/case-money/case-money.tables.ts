import type { ProjectionTable } from '../../runner/projection';

/**
 * Money of a case in its own currencies, for conversion at read time by the rate table: one row per
 * item still in the case (amount null when the item has no estimated value) dated at the seizure,
 * and one per fine line of a defendant's sentence in force, dated at the sentence. No personal field:
 * a fine names its party by id only.
 */
export const caseMoneyColumns = `
    case_id  text NOT NULL,
    kind     text NOT NULL CHECK (kind IN ('value', 'fine')),
    ref      text NOT NULL,
    line     integer NOT NULL,
    amount   numeric,
    currency text,
    dated_on date`;

export const caseMoneyTable: ProjectionTable = {
  name: 'case_money',
  columns: `${caseMoneyColumns},
    PRIMARY KEY (case_id, kind, ref, line)`,
};
