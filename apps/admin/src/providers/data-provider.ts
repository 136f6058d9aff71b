import {
  type CodeListBody,
  type CommandResult,
  type DocumentSummary,
  type ExportFormat,
  type ExportStatus,
  type IccwcSharingChoice,
  type IntegrityReport,
  type ListedCode,
  type ReportFileFormat,
  type ReportFormat,
  type ReportValidation,
} from '@greenchain/contracts';
import simpleRestProvider from 'ra-data-simple-rest';
import {
  type CreateParams,
  type CreateResult,
  type DataProvider,
  type RaRecord,
} from 'react-admin';
import { compactBody } from './compact-body';
import { fetchBlob, httpClient } from './http-client';
import { entityTag, newIdempotencyKey } from './idempotency-key';

const apiUrl = '/api';
const rest = simpleRestProvider(apiUrl, httpClient);

/** How a write is sent: the version the user saw (If-Match) and the key of their action. */
export interface WriteOptions {
  /** The record's version as the user last saw it; a stale one answers 412. */
  readonly version?: number;
  /** One key per user action, reused when the same submission is retried. */
  readonly idempotencyKey?: string;
}

export interface HsCodeSuggestion {
  readonly code: string;
  readonly chapter?: string;
  readonly description?: string;
  readonly agreements: readonly { readonly code: string; readonly name: string }[];
  readonly odsSubstances: readonly string[];
}

export interface HsCodeMatch {
  readonly code: string;
  readonly description: string;
  readonly agreements: readonly { readonly code: string; readonly name: string }[];
}

export interface CitesSpeciesMatch {
  readonly scientificName: string;
  readonly commonName?: string;
  readonly appendix: string;
  readonly typicalTerms: readonly string[];
}

export interface SubstanceMatch {
  readonly name: string;
  readonly annex?: string;
  readonly group?: string;
  readonly hs?: string;
  readonly hsCandidates: readonly string[];
}

function post(path: string, body: unknown, options: WriteOptions = {}) {
  const headers = new Headers({
    'Content-Type': 'application/json',
    'Idempotency-Key': options.idempotencyKey ?? newIdempotencyKey(),
  });
  if (options.version !== undefined) headers.set('If-Match', entityTag(options.version));
  return httpClient(`${apiUrl}/${path}`, {
    method: 'POST',
    body: JSON.stringify(compactBody(body)),
    headers,
  });
}

async function getJson<T>(path: string): Promise<T> {
  return (await httpClient(`${apiUrl}/${path}`)).json as T;
}

const segment = encodeURIComponent;

const reportQuery = (query: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString();

/**
 * react-admin's simple REST contract for reads, and task-based commands for writes: a case or an
 * exhibit changes only through named commands (the CRM's custom-method idiom), never a PUT.
 */
export const dataProvider = {
  ...rest,
  async create<RecordType extends RaRecord = RaRecord>(
    resource: string,
    params: CreateParams,
  ): Promise<CreateResult<RecordType>> {
    const meta = params.meta as WriteOptions | undefined;
    const { json } = await post(segment(resource), params.data, meta);
    const result = json as CommandResult;
    return { data: { ...params.data, ...result } as unknown as RecordType };
  },
  update: () => Promise.reject(new Error('Records change only through commands.')),
  updateMany: () => Promise.reject(new Error('Records change only through commands.')),
  delete: () => Promise.reject(new Error('Records are never deleted.')),
  deleteMany: () => Promise.reject(new Error('Records are never deleted.')),

  /** POST /api/<resource>/<id>/<command>, e.g. ('cases', id, 'refer-to-prosecution', body). */
  async command(
    resource: string,
    id: string,
    path: string,
    body: unknown,
    options: WriteOptions = {},
  ): Promise<CommandResult> {
    const { json } = await post(`${segment(resource)}/${segment(id)}/${path}`, body, options);
    return json as CommandResult;
  },

  integrity(resource: string, id: string): Promise<IntegrityReport> {
    return getJson(`${segment(resource)}/${segment(id)}/integrity`);
  },

  async codeList(name: string): Promise<readonly ListedCode[]> {
    return (await getJson<CodeListBody>(`reference/code-lists/${segment(name)}`)).codes;
  },

  /** HS codes matching typed digits or words, for the autocomplete. */
  hsCodes(q: string): Promise<readonly HsCodeMatch[]> {
    return getJson(`reference/hs-codes?${new URLSearchParams({ q, limit: '15' }).toString()}`);
  },

  /** CITES listings matching a scientific or common name, with their appendix. */
  citesSpecies(q: string): Promise<readonly CitesSpeciesMatch[]> {
    return getJson(`reference/cites/species?${new URLSearchParams({ q, limit: '10' }).toString()}`);
  },

  /** Controlled substances matching a name, designation or HS code digits. */
  substances(q: string): Promise<readonly SubstanceMatch[]> {
    return getJson(`reference/substances?${new URLSearchParams({ q, limit: '10' }).toString()}`);
  },

  hsCodeAgreements(code: string): Promise<HsCodeSuggestion> {
    return getJson(`reference/hs-codes/${segment(code)}/agreements`);
  },

  async startExport(
    format: ExportFormat,
    filter: object,
    sort: readonly [string, string],
    idempotencyKey: string,
  ): Promise<ExportStatus> {
    return (await post('exports', { format, filter, sort }, { idempotencyKey }))
      .json as ExportStatus;
  },

  exportJob(id: string): Promise<ExportStatus> {
    return getJson(`exports/${segment(id)}`);
  },

  exportFile(id: string): Promise<Blob> {
    return fetchBlob(`${apiUrl}/exports/${segment(id)}/file`);
  },

  reportFile(
    report: ReportFormat,
    scope: { country: string; year: number },
    format: ReportFileFormat,
  ): Promise<Blob> {
    return fetchBlob(`${apiUrl}/reports/${segment(report)}?${reportQuery({ ...scope, format })}`);
  },

  reportValidation(
    report: ReportFormat,
    scope: { country: string; year: number },
  ): Promise<ReportValidation> {
    return getJson(`reports/${segment(report)}/validation?${reportQuery(scope)}`);
  },

  /** The country's ICCWC data-sharing choice for the year (shared unless it objected). */
  iccwcSharing(scope: { country: string; year: number }): Promise<IccwcSharingChoice> {
    return getJson(`reports/cites-aitr/iccwc-sharing?${reportQuery(scope)}`);
  },

  async chooseIccwcSharing(
    scope: { country: string; year: number },
    shared: boolean,
  ): Promise<IccwcSharingChoice> {
    const { json } = await httpClient(
      `${apiUrl}/reports/cites-aitr/iccwc-sharing?${reportQuery(scope)}`,
      {
        method: 'PUT',
        body: JSON.stringify({ shared }),
        headers: new Headers({ 'Content-Type': 'application/json' }),
      },
    );
    return json as IccwcSharingChoice;
  },

  caseDocuments(caseId: string): Promise<readonly DocumentSummary[]> {
    return getJson(`cases/${segment(caseId)}/documents`);
  },

  /** A file's bytes as the reader may have them (location removed for readers abroad). */
  documentContent(caseId: string, documentId: string): Promise<Blob> {
    return fetchBlob(`${apiUrl}/cases/${segment(caseId)}/documents/${segment(documentId)}/content`);
  },

  /** A photograph's thumbnail, made without its location. */
  documentThumbnail(caseId: string, documentId: string): Promise<Blob> {
    return fetchBlob(
      `${apiUrl}/cases/${segment(caseId)}/documents/${segment(documentId)}/thumbnail`,
    );
  },

  /** The case's file for a court: one ZIP of what this reader may see. */
  caseFile(caseId: string): Promise<Blob> {
    return fetchBlob(`${apiUrl}/cases/${segment(caseId)}/case-file`);
  },

  custodyRecord(evidenceId: string): Promise<Blob> {
    return fetchBlob(`${apiUrl}/evidence/${segment(evidenceId)}/custody-record`);
  },
} satisfies DataProvider;

export type GreenchainDataProvider = typeof dataProvider;
