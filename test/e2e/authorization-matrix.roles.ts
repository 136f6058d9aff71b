/**
 * The expected answer of every route for every actor, on a case (or exhibit) of the actor's own
 * country, of another country shared with it, and of another country not shared. Letters:
 *   A allowed (the access check passed; the answer may still be a 2xx or a domain 4xx)
 *   U 401 unauthenticated   F 403 forbidden   N 404 not found (as if it did not exist)
 * Scoped routes give three letters: own, shared, other. The actors: anonymous, a Kenyan customs
 * officer, prosecutor and judiciary liaison, an analyst and an administrator; "other" cases belong
 * to Uganda, and the "shared" one is shared by Uganda with the Kenyan officers' agencies (a share
 * opens a case to the agency it names only), including parties and evidence.
 * Every route Nest registers must appear here, and nothing else may.
 */
export const actors = [
  'anonymous',
  'customs',
  'prosecutor',
  'judiciary',
  'analyst',
  'admin',
] as const;
export type MatrixActor = (typeof actors)[number];
export const scopes = ['own', 'shared', 'other'] as const;

export interface RouteIds {
  readonly caseId: string;
  readonly evidenceId: string;
}

export interface MatrixRow {
  /** Which record the path (or the body) points at, or none. */
  readonly scope: 'case' | 'evidence' | 'none';
  readonly body?: (ids: RouteIds) => object;
  /** One letter per actor, or three (own, shared, other) for scoped routes. */
  readonly expect: Readonly<Record<MatrixActor, string>>;
}

export const day = '2024-06-01';
export const text = 'x';
export const holder = { holderId: 'H-1', agency: 'Agency', country: 'KE' };
export const money = { amount: 1, currency: 'USD' };
export const party = { occurredAt: day, kind: 'person', role: 'consignee', name: 'Name' };
export const item = {
  occurredAt: day,
  agreements: ['MP'],
  descriptionEstablished: text,
  quantities: [{ amount: 1, unit: 'kilograms' }],
};
export const sentence = { penaltyLines: [{ type: 'fine', amount: money }], statutoryMaximum: {} };

/** A role that issues the command: own case yes, shared no (read only), other country unseen. */
export const writer = 'AFN';
/** A role that does not issue it but reads the case. */
export const reader = 'FFN';
export const anonymous = 'UUU';

export const caseCommand = (roles: readonly MatrixActor[], body: object): MatrixRow => ({
  scope: 'case',
  body: () => body,
  expect: {
    anonymous,
    customs: roles.includes('customs') ? writer : reader,
    prosecutor: roles.includes('prosecutor') ? writer : reader,
    judiciary: roles.includes('judiciary') ? writer : reader,
    // Analysts read every case, administrators verify every chain: both see it exists.
    analyst: 'FFF',
    admin: 'FFF',
  },
});

export const officers = ['customs', 'prosecutor', 'judiciary'] as const;

export const evidenceCommand = (body: object): MatrixRow => ({
  scope: 'evidence',
  body: () => body,
  // Analysts never see exhibits; administrators only verify them.
  expect: {
    anonymous,
    customs: writer,
    prosecutor: writer,
    judiciary: writer,
    analyst: 'NNN',
    admin: 'FFF',
  },
});

export const everyoneSignedIn = {
  anonymous: 'U',
  customs: 'A',
  prosecutor: 'A',
  judiciary: 'A',
  analyst: 'A',
  admin: 'A',
};
export const everyone = {
  anonymous: 'A',
  customs: 'A',
  prosecutor: 'A',
  judiciary: 'A',
  analyst: 'A',
  admin: 'A',
};
export const adminOnly = {
  anonymous: 'U',
  customs: 'F',
  prosecutor: 'F',
  judiciary: 'F',
  analyst: 'F',
  admin: 'A',
};

/** Customs officers, prosecutors and analysts export the case list they see. */
export const exporters = { ...adminOnly, customs: 'A', prosecutor: 'A', analyst: 'A', admin: 'F' };
export const customsOnly = { ...adminOnly, customs: 'A', admin: 'F' };
/** The treaty reports: national focal points (customs officers, prosecutors), and analysts. */
export const reportReaders = exporters;
/** A country's report-level choices: its focal points only. */
export const reportChoosers = { ...reportReaders, analyst: 'F' };
