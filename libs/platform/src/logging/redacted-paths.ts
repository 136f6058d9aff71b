/**
 * Secrets and personal data never reach the logs. Personal fields follow the party model
 * (names, identity documents, birth dates, addresses, contacts) one and two levels deep.
 */
const secretKeys = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'proof',
  'secret',
];
const personalKeys = [
  'givenName',
  'familyName',
  'fullName',
  'legalName',
  'dateOfBirth',
  'idDocument',
  'idNumber',
  'passportNumber',
  'address',
  'email',
  'phone',
];

export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.reauthentication',
  'req.headers.cookie',
  // A replay with the key returns the first answer, tokens included: the key is a credential.
  'req.headers["idempotency-key"]',
  'res.headers["set-cookie"]',
  ...[...secretKeys, ...personalKeys].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];
