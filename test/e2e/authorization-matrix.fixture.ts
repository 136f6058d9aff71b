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

const day = '2024-06-01';
const text = 'x';
const holder = { holderId: 'H-1', agency: 'Agency', country: 'KE' };
const money = { amount: 1, currency: 'USD' };
const party = { occurredAt: day, kind: 'person', role: 'consignee', name: 'Name' };
const item = {
  occurredAt: day,
  agreements: ['MP'],
  descriptionEstablished: text,
  quantities: [{ amount: 1, unit: 'kilograms' }],
};
const sentence = { penaltyLines: [{ type: 'fine', amount: money }], statutoryMaximum: {} };

/** A role that issues the command: own case yes, shared no (read only), other country unseen. */
const writer = 'AFN';
/** A role that does not issue it but reads the case. */
const reader = 'FFN';
const anonymous = 'UUU';

const caseCommand = (roles: readonly MatrixActor[], body: object): MatrixRow => ({
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

const officers = ['customs', 'prosecutor', 'judiciary'] as const;

const evidenceCommand = (body: object): MatrixRow => ({
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

const everyoneSignedIn = {
  anonymous: 'U',
  customs: 'A',
  prosecutor: 'A',
  judiciary: 'A',
  analyst: 'A',
  admin: 'A',
};
const everyone = {
  anonymous: 'A',
  customs: 'A',
  prosecutor: 'A',
  judiciary: 'A',
  analyst: 'A',
  admin: 'A',
};
const adminOnly = {
  anonymous: 'U',
  customs: 'F',
  prosecutor: 'F',
  judiciary: 'F',
  analyst: 'F',
  admin: 'A',
};

/** Customs officers, prosecutors and analysts export the case list they see. */
const exporters = { ...adminOnly, customs: 'A', prosecutor: 'A', analyst: 'A', admin: 'F' };
const customsOnly = { ...adminOnly, customs: 'A', admin: 'F' };

export const authorizationMatrix: Readonly<Record<string, MatrixRow>> = {
  'GET /': { scope: 'none', expect: everyone },
  'GET /health/live': { scope: 'none', expect: everyone },
  'GET /health/ready': { scope: 'none', expect: everyone },
  'GET /metrics': { scope: 'none', expect: adminOnly },
  'POST /auth/login': {
    scope: 'none',
    body: () => ({ email: 'nobody@example.org', password: 'wrong' }),
    expect: everyone,
  },
  'POST /auth/refresh': {
    scope: 'none',
    body: () => ({ refreshToken: 'unknown' }),
    expect: everyone,
  },
  'POST /auth/logout': {
    scope: 'none',
    body: () => ({ refreshToken: 'unknown' }),
    expect: everyone,
  },
  'GET /auth/me': { scope: 'none', expect: everyoneSignedIn },
  // A wrong code is the answer for everyone: the access check is what the matrix looks at.
  'POST /auth/login/second-factor': {
    scope: 'none',
    body: () => ({ challenge: 'unknown', code: '000000' }),
    expect: everyone,
  },
  'GET /auth/second-factor': { scope: 'none', expect: everyoneSignedIn },
  'POST /auth/second-factor/enrolment': { scope: 'none', expect: everyoneSignedIn },
  'POST /auth/second-factor/enrolment/confirm': {
    scope: 'none',
    body: () => ({ code: '000000' }),
    expect: everyoneSignedIn,
  },
  'POST /auth/second-factor/recovery-codes': {
    scope: 'none',
    body: () => ({ code: '000000' }),
    expect: everyoneSignedIn,
  },
  'POST /auth/second-factor/disable': {
    scope: 'none',
    body: () => ({ code: '000000' }),
    expect: everyoneSignedIn,
  },
  // Each signed-in user sees and ends only their own sessions; a random id is nobody's.
  'GET /auth/sessions': { scope: 'none', expect: everyoneSignedIn },
  'POST /auth/sessions/end-others': { scope: 'none', expect: everyoneSignedIn },
  'POST /auth/sessions/:sessionId/end': {
    scope: 'none',
    expect: {
      ...everyoneSignedIn,
      customs: 'N',
      prosecutor: 'N',
      judiciary: 'N',
      analyst: 'N',
      admin: 'N',
    },
  },
  'POST /auth/reauthenticate': {
    scope: 'none',
    body: () => ({ password: 'not-the-password' }),
    expect: everyoneSignedIn,
  },
  'POST /auth/password': {
    scope: 'none',
    body: () => ({ currentPassword: 'not-the-password', newPassword: 'short' }),
    expect: everyoneSignedIn,
  },
  'POST /auth/password-reset': {
    scope: 'none',
    body: () => ({ token: 'unknown', newPassword: 'mangrove-ledger-quietly-41' }),
    expect: everyone,
  },
  'GET /reference/hs-codes': { scope: 'none', expect: everyoneSignedIn },
  // Needs filter.caseId: the matrix sends none (400 for every signed-in role); scopes in evidence-list.e2e.
  'GET /evidence': { scope: 'none', expect: everyoneSignedIn },
  'GET /reference/hs-codes/:code/agreements': { scope: 'none', expect: everyoneSignedIn },
  'GET /reference/code-lists/:name': { scope: 'none', expect: everyoneSignedIn },
  'GET /reference/cites/species': { scope: 'none', expect: everyoneSignedIn },
  'GET /reference/substances': { scope: 'none', expect: everyoneSignedIn },
  'GET /users': { scope: 'none', expect: adminOnly },
  'GET /users/:userId': { scope: 'none', expect: adminOnly },
  'POST /users': {
    scope: 'none',
    body: () => ({
      email: 'matrix-new@unep.test',
      displayName: 'New analyst',
      password: 'a-long-enough-password',
      role: 'analyst',
      country: null,
      agency: 'UNEP',
    }),
    expect: adminOnly,
  },
  'PATCH /users/:userId': {
    scope: 'none',
    body: () => ({ displayName: 'Renamed' }),
    expect: adminOnly,
  },
  'POST /users/:userId/reset-link': { scope: 'none', expect: adminOnly },
  'POST /data-subjects/:subjectId/erase': { scope: 'none', expect: adminOnly },

  // Operations: the ids here are not projections or dead letters, so an administrator gets 400.
  'GET /projections': { scope: 'none', expect: adminOnly },
  'POST /projections/:name/rebuild': { scope: 'none', expect: adminOnly },
  'POST /projections/:name/resume': { scope: 'none', expect: adminOnly },
  'GET /dead-letters': { scope: 'none', expect: adminOnly },
  'GET /dead-letters/:id': { scope: 'none', expect: adminOnly },
  'POST /dead-letters/:id/retry': { scope: 'none', expect: adminOnly },
  'GET /security-audit': { scope: 'none', expect: adminOnly },
  'GET /webhooks': { scope: 'none', expect: adminOnly },
  'POST /webhooks': {
    scope: 'none',
    // Loopback, opened by the suite's WEBHOOK_ALLOWED_NETWORKS: a name would be resolved through DNS.
    body: () => ({ agency: 'Agency', country: 'KE', url: 'http://127.0.0.1:9/hook' }),
    expect: adminOnly,
  },
  // An unknown webhook is 404 to the administrator; webhooks.e2e-spec covers a known one.
  'POST /webhooks/:webhookId/disable': { scope: 'none', expect: { ...adminOnly, admin: 'N' } },
  'POST /webhooks/:webhookId/rotate-secret': {
    scope: 'none',
    expect: { ...adminOnly, admin: 'N' },
  },

  // Files and notifications belong to their requester or office (own versus other is in
  // files.e2e-spec and notifications.e2e-spec): an unknown id is 404 to a role that may see one.
  'POST /exports': { scope: 'none', body: () => ({ format: 'csv' }), expect: exporters },
  'GET /exports/:exportId': {
    scope: 'none',
    expect: { ...exporters, customs: 'N', prosecutor: 'N', analyst: 'N' },
  },
  'GET /exports/:exportId/file': {
    scope: 'none',
    expect: { ...exporters, customs: 'N', prosecutor: 'N', analyst: 'N' },
  },
  // A JSON body answers 415 (imports are text/csv) once the access check has passed.
  'POST /imports': { scope: 'none', body: () => ({ csv: 'x' }), expect: customsOnly },
  'GET /imports/:importId': { scope: 'none', expect: { ...customsOnly, customs: 'N' } },
  'GET /notifications': { scope: 'none', expect: customsOnly },
  'POST /notifications/:id/read': { scope: 'none', expect: { ...customsOnly, customs: 'N' } },
  // Officers get their own country's aggregates, analysts and administrators every country's.
  'GET /analytics/funnel': { scope: 'none', expect: everyoneSignedIn },
  'GET /analytics/penalty-adequacy': { scope: 'none', expect: everyoneSignedIn },

  'POST /cases': {
    scope: 'none',
    body: () => ({
      occurredAt: day,
      location: { name: text, type: 'seaport' },
      direction: 'import',
      transportMode: 'sea_container',
      route: {},
      detectionMethods: ['risk_profiling', 'scanner_xray'],
      legalBasis: ['false_declaration'],
    }),
    expect: {
      anonymous: 'U',
      customs: 'A',
      prosecutor: 'F',
      judiciary: 'F',
      analyst: 'F',
      admin: 'F',
    },
  },
  'GET /cases': {
    scope: 'none',
    expect: {
      anonymous: 'U',
      customs: 'A',
      prosecutor: 'A',
      judiciary: 'A',
      analyst: 'A',
      admin: 'F',
    },
  },
  'GET /cases/:caseId': {
    scope: 'case',
    expect: {
      anonymous,
      customs: 'AAN',
      prosecutor: 'AAN',
      judiciary: 'AAN',
      analyst: 'AAA',
      admin: 'FFF',
    },
  },
  'GET /cases/:caseId/integrity': {
    scope: 'case',
    expect: {
      anonymous,
      customs: 'AAN',
      prosecutor: 'AAN',
      judiciary: 'AAN',
      analyst: 'AAA',
      admin: 'AAA',
    },
  },
  'POST /cases/:caseId/items': caseCommand(['customs'], item),
  'POST /cases/:caseId/items/:itemId/amend': caseCommand(['customs'], item),
  'POST /cases/:caseId/items/:itemId/remove': caseCommand(['customs'], {
    occurredAt: day,
    reason: text,
  }),
  'POST /cases/:caseId/parties': caseCommand(['customs', 'prosecutor'], party),
  'POST /cases/:caseId/parties/:partyId/amend': caseCommand(['customs', 'prosecutor'], party),
  'POST /cases/:caseId/items/:itemId/lab-results': caseCommand(['customs'], {
    occurredAt: day,
    laboratory: text,
    method: text,
    result: text,
  }),
  'POST /cases/:caseId/settle-administratively': caseCommand(['customs'], {
    occurredAt: day,
    partyIds: [],
    penaltyLines: [],
    reExportOrder: false,
  }),
  'POST /cases/:caseId/refer-to-prosecution': caseCommand(['customs'], {
    occurredAt: day,
    office: text,
    summary: text,
  }),
  'POST /cases/:caseId/referrals/:referralId/accept': caseCommand(['prosecutor'], {
    occurredAt: day,
  }),
  'POST /cases/:caseId/referrals/:referralId/return': caseCommand(['prosecutor'], {
    occurredAt: day,
    reason: text,
  }),
  'POST /cases/:caseId/defendants/:partyId/charges': caseCommand(['prosecutor'], {
    occurredAt: day,
    charges: [{ statute: text, section: text, iccsClass: '1001' }],
  }),
  'POST /cases/:caseId/decline-prosecution': caseCommand(['prosecutor'], {
    occurredAt: day,
    reasonCode: 'public_interest',
  }),
  'POST /cases/:caseId/defendants/:partyId/withdraw-charges': caseCommand(['prosecutor'], {
    occurredAt: day,
    reasonCode: text,
  }),
  'POST /cases/:caseId/hearings': caseCommand(['judiciary'], {
    occurredAt: day,
    partyIds: [],
    court: text,
    scheduledFor: day,
    purpose: text,
  }),
  'POST /cases/:caseId/hearings/:hearingId/adjourn': caseCommand(['judiciary'], {
    occurredAt: day,
    reason: text,
  }),
  'POST /cases/:caseId/defendants/:partyId/plea': caseCommand(['judiciary'], {
    occurredAt: day,
    plea: 'guilty',
  }),
  'POST /cases/:caseId/defendants/:partyId/verdict': caseCommand(['judiciary'], {
    occurredAt: day,
    outcome: 'convicted',
  }),
  'POST /cases/:caseId/defendants/:partyId/sentence': caseCommand(['judiciary'], {
    occurredAt: day,
    ...sentence,
  }),
  'POST /cases/:caseId/defendants/:partyId/appeals': caseCommand(['judiciary'], {
    occurredAt: day,
    appellant: 'defence',
    against: 'verdict',
  }),
  'POST /cases/:caseId/appeals/:appealId/decision': caseCommand(['judiciary'], {
    occurredAt: day,
    outcome: 'upheld',
  }),
  'POST /cases/:caseId/defendants/:partyId/enforcements': caseCommand(['judiciary', 'customs'], {
    occurredAt: day,
    kind: 'fine_paid',
    amount: money,
  }),
  'POST /cases/:caseId/items/:itemId/disposal': caseCommand(['customs'], {
    occurredAt: day,
    method: 'destroyed',
  }),
  // Closing and reopening belong to the owner of the current stage; the own case is still in
  // DETECTION when these rows run (its referral comes later in route order), so customs owns it.
  'POST /cases/:caseId/close': caseCommand(['customs'], { occurredAt: day, reasonCode: 'other' }),
  'POST /cases/:caseId/reopen': caseCommand(['customs'], { occurredAt: day, reason: text }),
  'POST /cases/:caseId/shares': caseCommand(officers, {
    occurredAt: day,
    country: 'TZ',
    agency: text,
    fields: ['seizure'],
    until: '2999-12-31',
  }),
  'POST /cases/:caseId/shares/:shareId/revoke': caseCommand(officers, { occurredAt: day }),

  'POST /evidence': {
    scope: 'case',
    body: ({ caseId }) => ({
      occurredAt: day,
      caseId,
      kind: 'sample',
      description: text,
      holder,
      place: text,
    }),
    // The exhibit's case decides: analysts never see exhibits, administrators only verify them.
    expect: {
      anonymous,
      customs: writer,
      prosecutor: writer,
      judiciary: writer,
      analyst: 'NNN',
      admin: 'FFF',
    },
  },
  'GET /evidence/:evidenceId': {
    scope: 'evidence',
    expect: {
      anonymous,
      customs: 'AAN',
      prosecutor: 'AAN',
      judiciary: 'AAN',
      analyst: 'NNN',
      admin: 'FFF',
    },
  },
  'GET /evidence/:evidenceId/integrity': {
    scope: 'evidence',
    expect: {
      anonymous,
      customs: 'AAN',
      prosecutor: 'AAN',
      judiciary: 'AAN',
      analyst: 'NNN',
      admin: 'AAA',
    },
  },
  'GET /evidence/:evidenceId/custody-record': {
    scope: 'evidence',
    expect: {
      anonymous,
      customs: 'AAN',
      prosecutor: 'AAN',
      judiciary: 'AAN',
      analyst: 'NNN',
      admin: 'FFF',
    },
  },
  'POST /evidence/:evidenceId/seal': evidenceCommand({
    occurredAt: day,
    sealNumber: text,
    holderId: 'H-1',
  }),
  'POST /evidence/:evidenceId/transfers': evidenceCommand({
    occurredAt: day,
    fromHolderId: 'H-1',
    to: holder,
    place: text,
    condition: text,
  }),
  'POST /evidence/:evidenceId/examinations': evidenceCommand({
    occurredAt: day,
    examinerHolderId: 'H-1',
    method: text,
    findings: text,
    sealBroken: false,
  }),
  'POST /evidence/:evidenceId/release': evidenceCommand({
    occurredAt: day,
    holderId: 'H-1',
    releasedTo: text,
    reason: text,
  }),
  'POST /evidence/:evidenceId/destroy': evidenceCommand({
    occurredAt: day,
    holderId: 'H-1',
    method: text,
    reason: text,
    authority: text,
  }),
};
