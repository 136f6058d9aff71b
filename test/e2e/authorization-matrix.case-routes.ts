import {
  day,
  text,
  holder,
  money,
  party,
  item,
  sentence,
  writer,
  anonymous,
  caseCommand,
  officers,
  evidenceCommand,
  type MatrixRow,
} from './authorization-matrix.roles';

/** Cases and exhibits: reads and every command, on a case of one's own, shared or other country. */
export const caseRoutes: Readonly<Record<string, MatrixRow>> = {
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
  'POST /cases/:caseId/report-gaps': caseCommand(['customs', 'prosecutor'], {
    occurredAt: day,
    report: 'cites-aitr',
    column: 'origin',
    reason: 'not-known',
  }),
  'POST /cases/:caseId/shares': caseCommand(officers, {
    occurredAt: day,
    country: 'TZ',
    agency: text,
    fields: ['seizure'],
    until: '2999-12-31',
  }),
  'POST /cases/:caseId/shares/:shareId/revoke': caseCommand(officers, { occurredAt: day }),
  // Uploads are checked before their body is read, which here is no multipart form (415: allowed).
  'POST /cases/:caseId/documents': caseCommand(officers, { occurredAt: day }),
  'POST /cases/:caseId/steps/:step/:stepId/documents': caseCommand(officers, { occurredAt: day }),
  'POST /cases/:caseId/documents/:documentId/correct': caseCommand(officers, {
    occurredAt: day,
    fileName: text,
    attachedTo: { kind: 'case' },
    personalData: 'none',
    reason: text,
  }),
  // Resumable uploads: only those who may attach to the case open, send, read or complete one (a
  // session that does not exist answers upload/session-not-found once the case's access is passed).
  'POST /cases/:caseId/upload-sessions': caseCommand(officers, { size: 1000 }),
  'GET /cases/:caseId/upload-sessions/:sessionId': caseCommand(officers, {}),
  'PUT /cases/:caseId/upload-sessions/:sessionId': caseCommand(officers, {}),
  'POST /cases/:caseId/upload-sessions/:sessionId/complete': caseCommand(officers, {
    occurredAt: day,
    fileName: text,
    declaredType: 'image/jpeg',
    sha256: '0'.repeat(64),
  }),
  'GET /cases/:caseId/documents': {
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
  // A document that does not exist answers document/not-found once the case's access is passed.
  'GET /cases/:caseId/documents/:documentId/content': {
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
  // A document that does not exist answers document/not-found once the case's access is passed.
  'GET /cases/:caseId/documents/:documentId/thumbnail': {
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
  // The case file follows the case: each part in it follows its own rule (exhibits, files).
  'GET /cases/:caseId/case-file': {
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
  'POST /evidence/:evidenceId/documents': {
    scope: 'evidence',
    body: () => ({ occurredAt: day }),
    // The exhibit's case decides, as for any file: analysts and administrators read, never attach.
    expect: {
      anonymous,
      customs: writer,
      prosecutor: writer,
      judiciary: writer,
      analyst: 'FFF',
      admin: 'FFF',
    },
  },

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
