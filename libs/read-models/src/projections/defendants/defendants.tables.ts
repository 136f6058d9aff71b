import type { ProjectionTable } from '../../runner/projection';

/**
 * A defendant's columns: the outcome at each step. Only the party id, kind and role are kept:
 * names, birth dates, documents and contacts stay in the encrypted events.
 */
export const defendantColumns = `
    case_id                     text NOT NULL,
    party_id                    text NOT NULL,
    country                     text NOT NULL,
    kind                        text NOT NULL,
    role                        text NOT NULL,
    status                      text NOT NULL,
    stage                       text NOT NULL,
    charged_on                  date,
    iccs_classes                text[] NOT NULL,
    declined_reason             text,
    declined_on                 date,
    withdrawn_reason            text,
    withdrawn_on                date,
    plea                        text,
    verdict                     text,
    verdict_on                  date,
    verdict_on_appeal           boolean NOT NULL,
    appeal_pending              boolean NOT NULL,
    sentenced_on                date,
    fine_amount                 numeric,
    fine_currency               text,
    imprisonment_months         integer,
    imprisonment_suspended      boolean,
    custodial                   boolean NOT NULL,
    statutory_max_fine_amount   numeric,
    statutory_max_fine_currency text,
    statutory_max_months        integer,
    last_position               bigint NOT NULL`;

/** One row per defendant (party) of a case. */
export const defendantsTable: ProjectionTable = {
  name: 'defendants',
  columns: `${defendantColumns},
    PRIMARY KEY (case_id, party_id)`,
  indexes: ['country, status', 'status'],
};
