import { parse } from 'csv-parse/sync';
import {
  caseStream,
  DomainError,
  fold,
  type Actor,
  type CaseCommand,
  type CaseEvent,
} from '@greenchain/domain';
import { type EventStore, UniqueKeyTakenError } from '@greenchain/event-store';
import { storedEvent } from '../handling/stored-event';
import { stableUuid } from '../shared/stable-uuid';

/** The columns of a seizure import file, one seizure with one commodity item per row. */
export const seizureImportColumns = [
  'reference',
  'country',
  'agency',
  'seized_on',
  'location_name',
  'location_type',
  'direction',
  'transport_mode',
  'route_origin',
  'route_destination',
  'detection_method',
  'legal_basis',
  'item_description',
  'agreements',
  'hs_declared',
  'substance',
  'quantity',
  'unit',
  'value',
  'currency',
] as const;

type Row = Partial<Record<(typeof seizureImportColumns)[number], string>>;

/** Which column a domain field comes from, so an error names what the user can fix. */
const columnOfField: Readonly<Record<string, string>> = {
  reference: 'reference',
  country: 'country',
  agency: 'agency',
  'location.name': 'location_name',
  'location.type': 'location_type',
  direction: 'direction',
  transportMode: 'transport_mode',
  'route.origin': 'route_origin',
  'route.destination': 'route_destination',
  detectionMethods: 'detection_method',
  legalBasis: 'legal_basis',
  descriptionEstablished: 'item_description',
  agreements: 'agreements',
  hsDeclared: 'hs_declared',
  substance: 'substance',
  quantities: 'quantity',
  estimatedValue: 'value',
};

export interface ImportRowError {
  /** Line of the file (the header is line 1). */
  readonly line: number;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

export interface SeizureImportResult {
  readonly rows: number;
  readonly imported: number;
  readonly caseIds: readonly string[];
  readonly errors: readonly ImportRowError[];
}

export interface SeizureImportOptions {
  /** The import's id (its job id): the same file imported again under it appends nothing twice. */
  readonly importId: string;
  readonly actor: Actor;
  readonly onProgress?: (percent: number) => Promise<void> | void;
}

/** A stable UUID for a row of an import, used as case id and command id. */
const rowUuid = (importId: string, line: number, purpose: string) =>
  stableUuid(importId, String(line), purpose);

const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** A number when the cell holds one; the raw text otherwise, so the domain names the bad field. */
const numeric = (value: string | undefined) =>
  value !== undefined && value.trim() !== '' && Number.isFinite(Number(value))
    ? Number(value)
    : value;

function commands(
  row: Row,
  caseId: string,
  itemId: string,
  actor: Actor,
  recordedAt: string,
): CaseCommand[] {
  const metadata = { actor, occurredAt: row.seized_on ?? '', recordedAt };
  const optional = <T>(key: string, value: T | undefined | '') =>
    value === undefined || value === '' ? {} : { [key]: value };
  const seizure = {
    caseId,
    country: row.country ?? '',
    agency: row.agency ?? '',
    ...optional('reference', row.reference),
    location: { name: row.location_name ?? '', type: row.location_type ?? '' },
    direction: row.direction ?? '',
    transportMode: row.transport_mode ?? '',
    route: {
      ...optional('origin', row.route_origin),
      ...optional('destination', row.route_destination),
    },
    detectionMethods: list(row.detection_method),
    legalBasis: list(row.legal_basis),
  };
  const value =
    row.value === undefined || row.value === ''
      ? {}
      : { estimatedValue: { amount: numeric(row.value), currency: row.currency ?? '' } };
  const item = {
    itemId,
    agreements: list(row.agreements),
    descriptionEstablished: row.item_description ?? '',
    ...optional('hsDeclared', row.hs_declared),
    ...optional('substance', row.substance),
    quantities: [{ amount: numeric(row.quantity), unit: row.unit ?? '' }],
    ...value,
  };
  return [
    { type: 'RecordSeizure', data: seizure, metadata },
    { type: 'AddCommodityItem', data: item, metadata },
  ] as CaseCommand[];
}

function rowError(line: number, error: unknown): ImportRowError {
  if (error instanceof UniqueKeyTakenError) {
    const message = 'the agency already has a case with this reference';
    return { line, column: 'reference', code: 'case/duplicate-reference', message };
  }
  if (error instanceof DomainError) {
    const field = error.field?.replace(/^data\./, '').replace(/\[\d+\].*$/, '') ?? '';
    const column = columnOfField[field] ?? columnOfField[field.split('.')[0] ?? ''] ?? null;
    return { line, column, code: error.code, message: error.message };
  }
  throw error;
}

/**
 * Imports seizures from CSV: each row is decided in memory with the case decider (seizure, then its
 * item) and appended as one stream in one append, so a row is imported whole or not at all. Rows
 * the domain refuses are reported with their line, column and error code; the others go in.
 */
export async function importSeizures(
  store: EventStore,
  csv: string | Buffer,
  options: SeizureImportOptions,
): Promise<SeizureImportResult> {
  const rows = parse<Row>(csv, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  });
  const errors: ImportRowError[] = [];
  const caseIds: string[] = [];
  const recordedAt = new Date().toISOString();
  for (const [index, row] of rows.entries()) {
    const line = index + 2;
    const caseId = rowUuid(options.importId, line, 'case');
    try {
      const rowCommands = commands(
        row,
        caseId,
        rowUuid(options.importId, line, 'item'),
        options.actor,
        recordedAt,
      );
      const decided: CaseEvent[] = [];
      for (const command of rowCommands) {
        decided.push(...caseStream.decider.decide(command, fold(caseStream.decider, decided)));
      }
      // A row repeating a reference its agency holds is reported (UniqueKeyTakenError), not imported.
      await store.appendToStream(
        caseStream.streamId(caseId),
        decided.map((event) =>
          storedEvent(
            event,
            caseId,
            { actor: options.actor, occurredAt: row.seized_on ?? '' },
            'seizure-import',
          ),
        ),
        {
          streamType: caseStream.type,
          expectedVersion: 'no-stream',
          commandId: rowUuid(options.importId, line, 'command'),
          uniqueKeys: caseStream.uniqueKeys(decided),
        },
      );
      caseIds.push(caseId);
    } catch (error) {
      errors.push(rowError(line, error));
    }
    await options.onProgress?.(Math.round(((index + 1) / rows.length) * 100));
  }
  return { rows: rows.length, imported: caseIds.length, caseIds, errors };
}
