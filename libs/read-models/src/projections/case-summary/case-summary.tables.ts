import type { ProjectionTable } from '../../runner/projection';

/** A case's columns, no personal field; the case history keeps the same ones per business day. */
export const caseSummaryColumns = `
    case_id                 text NOT NULL,
    reference               text,
    country                 text NOT NULL,
    region                  text,
    agency                  text NOT NULL,
    port                    text,
    location_type           text,
    direction               text,
    transport_mode          text,
    route_origin            text,
    route_transit           text[] NOT NULL,
    route_destination       text,
    agreements              text[] NOT NULL,
    hs_chapters             text[] NOT NULL,
    species_substances      text[] NOT NULL,
    commodity_groups        text[] NOT NULL,
    stage                   text,
    outcome                 text NOT NULL,
    closed                  boolean NOT NULL,
    seized_on               date,
    referred_on             date,
    first_charged_on        date,
    last_stage_change_on    date,
    referral_decision_since date,
    charge_decision_since   date,
    verdict_since           date,
    item_count              integer NOT NULL,
    value_known             boolean NOT NULL,
    value_total_usd         numeric,
    defendant_count         integer NOT NULL,
    charged_count           integer NOT NULL,
    outcome_count           integer NOT NULL,
    convicted_count         integer NOT NULL,
    sentenced_count         integer NOT NULL,
    disposal_count          integer NOT NULL,
    missed_deadline_count   integer NOT NULL,
    shares                  jsonb NOT NULL,
    stream_version          bigint NOT NULL,
    last_position           bigint NOT NULL,
    updated_at              timestamptz NOT NULL`;

/** One row per case: what the case list, its filters and the analytics read. */
export const caseSummaryTable: ProjectionTable = {
  name: 'case_summary',
  columns: `${caseSummaryColumns},
    PRIMARY KEY (case_id)`,
  indexes: [
    'country, seized_on',
    'stage',
    'port',
    'seized_on',
    'last_stage_change_on',
    'agreements',
    // The few shared cases, found without reading every row (see case-summary.visibility.ts).
    '(jsonb_array_length(shares) > 0)',
    // The list's default order (newest seizure first, nulls last, ties by id), all and per country.
    'seized_on DESC NULLS LAST, case_id',
    'country, seized_on DESC NULLS LAST, case_id',
    // The shares an officer's agency holds, without reading every shared case.
    'USING gin (shares jsonb_path_ops) WHERE jsonb_array_length(shares) > 0',
  ],
};
