/**
 * The secrets of the benchmarks' own databases and API processes: fixed, so a world seeded once is
 * read again by later runs (its personal fields are sealed under this key). Never a deployment's.
 */
const masterKeyBase64 = Buffer.alloc(32, 7).toString('base64');

/** As environment variables, for the seed script and the API process. */
export const benchSecrets = {
  JWT_ACCESS_SECRET: 'benchmark-only-signing-secret-not-for-use',
  ENCRYPTION_MASTER_KEY: masterKeyBase64,
};

export const benchMasterKey = (): Buffer => Buffer.from(masterKeyBase64, 'base64');
