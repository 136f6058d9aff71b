import { ConfigurationError } from './configuration.error';
import { loadConfig } from './load-config';

const external = {
  DATABASE_URL: 'postgres://app@db:5432/greenchain',
  JWT_ACCESS_SECRET: 'a'.repeat(32),
  ENCRYPTION_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
};
const s3 = {
  ...external,
  DOCUMENT_STORAGE: 's3',
  DOCUMENT_S3_ENDPOINT: 'https://objects.example.org:9000',
  DOCUMENT_S3_BUCKET: 'greenchain-files',
  DOCUMENT_S3_ACCESS_KEY_ID: 'key-id',
  DOCUMENT_S3_SECRET_ACCESS_KEY: 'secret',
};

function problemsFor(env: NodeJS.ProcessEnv): { variable: string; message: string }[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}
const variables = (env: NodeJS.ProcessEnv) => problemsFor(env).map((p) => p.variable);

describe('the storage of attached files, as configured', () => {
  it('keeps files in PostgreSQL unless told otherwise', () => {
    expect(loadConfig(external).documents.storage).toEqual({ kind: 'postgres' });
  });

  it('takes an S3-compatible store with its origin, region, bucket, credentials and path style', () => {
    expect(loadConfig(s3).documents.storage).toEqual({
      kind: 's3',
      endpoint: 'https://objects.example.org:9000',
      region: 'us-east-1',
      bucket: 'greenchain-files',
      accessKeyId: 'key-id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    const virtualHosts = {
      ...s3,
      DOCUMENT_S3_FORCE_PATH_STYLE: 'false',
      DOCUMENT_S3_REGION: 'eu-west-3',
    };
    expect(loadConfig(virtualHosts).documents.storage).toMatchObject({
      region: 'eu-west-3',
      forcePathStyle: false,
    });
  });

  it('names every setting the S3 store is missing', () => {
    expect(problemsFor({ ...external, DOCUMENT_STORAGE: 's3' })).toEqual(
      [
        'DOCUMENT_S3_ENDPOINT',
        'DOCUMENT_S3_BUCKET',
        'DOCUMENT_S3_ACCESS_KEY_ID',
        'DOCUMENT_S3_SECRET_ACCESS_KEY',
      ].map((variable) => ({ variable, message: 'is required when DOCUMENT_STORAGE is s3' })),
    );
  });

  it('refuses S3 settings without DOCUMENT_STORAGE=s3, rather than ignoring them', () => {
    expect(variables({ ...s3, DOCUMENT_STORAGE: 'postgres' })).toEqual([
      'DOCUMENT_S3_ENDPOINT',
      'DOCUMENT_S3_BUCKET',
      'DOCUMENT_S3_ACCESS_KEY_ID',
      'DOCUMENT_S3_SECRET_ACCESS_KEY',
    ]);
    expect(variables({ ...s3, DOCUMENT_STORAGE: 'disk' })).toEqual(['DOCUMENT_STORAGE']);
  });

  it.each([
    'ftp://objects.example.org',
    'file:///var/files',
    'objects.example.org',
    'https://user:password@objects.example.org',
    'https://objects.example.org/greenchain',
    'https://objects.example.org/?x-id=1',
    'https://objects.example.org/#bucket',
  ])('refuses %s as the endpoint: an http(s) origin only', (endpoint) => {
    expect(variables({ ...s3, DOCUMENT_S3_ENDPOINT: endpoint })).toEqual(['DOCUMENT_S3_ENDPOINT']);
  });

  it('refuses a bucket name S3 would refuse, and a region that is not a name', () => {
    const wrong = { ...s3, DOCUMENT_S3_BUCKET: 'Greenchain_Files', DOCUMENT_S3_REGION: 'eu west' };
    expect(variables(wrong).sort()).toEqual(['DOCUMENT_S3_BUCKET', 'DOCUMENT_S3_REGION']);
  });
});
