import {
  everyoneSignedIn,
  everyone,
  adminOnly,
  exporters,
  customsOnly,
  reportChoosers,
  reportReaders,
  type MatrixRow,
} from './authorization-matrix.roles';

/** Sign-in, accounts, reference data, administration, exports, notifications and analytics. */
export const platformRoutes: Readonly<Record<string, MatrixRow>> = {
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
  'GET /reference/country-numbers': { scope: 'none', expect: everyoneSignedIn },
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
  'GET /analytics/penalty-bins': { scope: 'none', expect: everyoneSignedIn },
  'GET /analytics/time-in-stage': { scope: 'none', expect: everyoneSignedIn },
  'GET /analytics/usd-rates': { scope: 'none', expect: everyoneSignedIn },
  'GET /analytics/chain-funnel': { scope: 'none', expect: everyoneSignedIn },
  'GET /analytics/drop-outs': { scope: 'none', expect: everyoneSignedIn },
  'GET /analytics/stalled': { scope: 'none', expect: everyoneSignedIn },
  'GET /analytics/completeness': { scope: 'none', expect: everyoneSignedIn },
  'GET /analytics/chain-strength': { scope: 'none', expect: everyoneSignedIn },
  'GET /analytics/weak-sentences': { scope: 'none', expect: everyoneSignedIn },
  // A case list behind the aggregates: officers of their own country only.
  'GET /analytics/completeness/missing': {
    scope: 'none',
    expect: { ...everyoneSignedIn, analyst: 'F', admin: 'F' },
  },
  // The treaty reports: national focal points (the demo customs officer and prosecutor are Kenya's;
  // an officer who is not one is refused in treaty-reports.e2e-spec, as another country is) and
  // analysts; the matrix names no report, so they answer 400.
  'GET /reports/:report': { scope: 'none', expect: reportReaders },
  'GET /reports/:report/validation': { scope: 'none', expect: reportReaders },
  'GET /reports/cites-aitr/iccwc-sharing': { scope: 'none', expect: reportReaders },
  // The choice is the Party's: its focal points record it, analysts only read it.
  'PUT /reports/cites-aitr/iccwc-sharing': { scope: 'none', expect: reportChoosers },
};
