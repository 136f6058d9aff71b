import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/** The fake server's built-in key pair (s3rver checks signatures against it). */
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** A fake S3 server (s3rver, from devDependencies) of a test, on a free local port. */
export interface S3TestServer {
  readonly endpoint: string;
  readonly bucket: string;
  /** The storage's configuration, as loadConfig resolves it. */
  readonly config: {
    readonly kind: 's3';
    readonly endpoint: string;
    readonly region: string;
    readonly bucket: string;
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly forcePathStyle: boolean;
  };
  /** The same as environment variables, for an application started by the test. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

/**
 * Starts s3rver on 127.0.0.1 with a port the system picks and its files in a fresh temporary
 * folder holding one empty bucket; `stop` closes it and removes the folder.
 */
export async function startS3TestServer(bucket = 'greenchain-test'): Promise<S3TestServer> {
  const directory = mkdtempSync(join(tmpdir(), 'gc-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    config: {
      kind: 's3',
      endpoint,
      region: 'us-east-1',
      bucket,
      forcePathStyle: true,
      ...credentials,
    },
    env: {
      DOCUMENT_STORAGE: 's3',
      DOCUMENT_S3_ENDPOINT: endpoint,
      DOCUMENT_S3_BUCKET: bucket,
      DOCUMENT_S3_ACCESS_KEY_ID: credentials.accessKeyId,
      DOCUMENT_S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
