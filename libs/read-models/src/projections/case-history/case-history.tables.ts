import type { ProjectionTable } from '../../runner/projection';
import { caseMoneyColumns } from '../case-money/case-money.tables';
import { caseSummaryColumns } from '../case-summary/case-summary.tables';
import { defendantColumns } from '../defendants/defendants.tables';

/**
 * The row a case had from one business day until the next day something happened to it (valid
 * until that day, exclusive; null for the row that holds today): what the analytics read at an
 * as-of date. The columns of case_summary, the dates time in stage needs (the other exits of a
 * stage and the first verdict, which an appeal may overturn later), the facts data completeness
 * looks for, and the reason code of a decline of the whole case, which drop-outs give every
 * defendant without a charge decision. No personal field.
 */
export const caseHistoryTable: ProjectionTable = {
  name: 'case_history',
  columns: `${caseSummaryColumns},
    settled_on              date,
    declined_all_on         date,
    withdrawn_all_on        date,
    first_verdict_on        date,
    case_declined_reason    text,
    value_recorded          boolean NOT NULL,
    outcome_recorded        boolean NOT NULL,
    valid_from              date NOT NULL,
    valid_until             date,
    PRIMARY KEY (case_id, valid_from)`,
  indexes: ['valid_from, valid_until', 'country, valid_from'],
};

/** Each defendant's row from one business day of the case until the next, as case_history. */
export const defendantHistoryTable: ProjectionTable = {
  name: 'defendant_history',
  columns: `${defendantColumns},
    valid_from                  date NOT NULL,
    valid_until                 date,
    PRIMARY KEY (case_id, party_id, valid_from)`,
  indexes: ['case_id, valid_from, valid_until'],
};

/** A case's values and fines in their currencies from one business day until the next. */
export const caseMoneyHistoryTable: ProjectionTable = {
  name: 'case_money_history',
  columns: `${caseMoneyColumns},
    valid_from date NOT NULL,
    valid_until date,
    PRIMARY KEY (case_id, kind, ref, line, valid_from)`,
  indexes: ['case_id, valid_from, valid_until'],
};
