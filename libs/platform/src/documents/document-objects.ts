import { type Readable } from 'node:stream';
import type * as S3 from '@aws-sdk/client-s3';
import { type DocumentStorageConfig } from '../config/greenchain-config';

export type ObjectStoreConfig = Extract<DocumentStorageConfig, { kind: 's3' }>;

/** Objects still being written, under the random id of their upload (the hash is known at the end). */
export const stagingPrefix = 'uploads/';
export const stagingKey = (uploadId: string) => `${stagingPrefix}${uploadId}`;
/** A stored file's object, addressed by the hex SHA-256 of its bytes. */
export const blobKey = (sha256: string) => `sha256/${sha256}`;

/** S3's smallest part but the last: lib-storage sends a file under it as one PutObject. */
const partBytes = 5 * 1024 * 1024;

/** An object listed under a prefix. */
export interface ListedObject {
  readonly key: string;
  readonly lastModified: Date;
}

/** The SDK's module and the client built from it. */
interface Connection {
  readonly s3: typeof S3;
  readonly client: S3.S3Client;
}

/**
 * The bucket holding attached files in an S3-compatible store, through the official SDK. Every
 * request goes to the configured origin: the client is built from the configuration only, and a
 * last middleware refuses any request whose scheme, host or port is another (nothing taken from a
 * request reaches a host name; keys are hashes and random ids). The SDK is loaded when the store is
 * built, not with the application: it weighs megabytes of heap that a process storing files on its
 * own disk never needs (ADR 0014).
 */
export class DocumentObjects {
  private readonly connection: Promise<Connection>;
  readonly bucket: string;

  constructor(config: ObjectStoreConfig) {
    this.bucket = config.bucket;
    this.connection = connect(config);
  }

  /** Streams `body` to `key`, in parts of 5 MiB past that size; a failed upload is aborted. */
  async put(key: string, body: Readable): Promise<void> {
    const [{ client }, { Upload }] = await Promise.all([
      this.connection,
      import('@aws-sdk/lib-storage'),
    ]);
    const upload = new Upload({
      client,
      params: { Bucket: this.bucket, Key: key, Body: body },
      partSize: partBytes,
      queueSize: 1,
      leavePartsOnError: false,
    });
    await upload.done();
  }

  /** The object's bytes as they arrive, or undefined when there is no such object. */
  async get(key: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    const { s3, client } = await this.connection;
    try {
      const answer = await client.send(new s3.GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return answer.Body as AsyncIterable<Uint8Array> | undefined;
    } catch (error) {
      if (error instanceof s3.S3ServiceException && error.name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  /** Copies within the bucket; keys are hex, digits, dashes and slashes, so none needs escaping. */
  async copy(from: string, to: string): Promise<void> {
    const { s3, client } = await this.connection;
    await client.send(
      new s3.CopyObjectCommand({
        Bucket: this.bucket,
        Key: to,
        CopySource: `${this.bucket}/${from}`,
      }),
    );
  }

  /** Deletes the object; deleting one that is not there is not an error (S3's own rule). */
  async delete(key: string): Promise<void> {
    const { s3, client } = await this.connection;
    await client.send(new s3.DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async *list(prefix: string): AsyncGenerator<ListedObject> {
    const { s3, client } = await this.connection;
    let token: string | undefined;
    do {
      const page = await client.send(
        new s3.ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          ContinuationToken: token,
        }),
      );
      for (const { Key, LastModified } of page.Contents ?? []) {
        if (Key && LastModified) yield { key: Key, lastModified: LastModified };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  close(): void {
    void this.connection.then(({ client }) => client.destroy());
  }
}

async function connect(config: ObjectStoreConfig): Promise<Connection> {
  const s3 = await import('@aws-sdk/client-s3');
  const client = new s3.S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: {
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
    },
    // Checksums only where S3 requires them: the SHA-256 of the whole file is what is checked,
    // and compatible stores do not all take the trailing checksums the SDK sends by default.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
  const allowed = allowedDestination(config);
  client.middlewareStack.add(
    (next) => (args) => {
      assertDestination(args.request, allowed);
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'greenchainDestinationCheck' },
  );
  return { s3, client };
}

interface Destination {
  readonly protocol: string;
  readonly hostname: string;
  readonly port: string;
}

/** The one scheme, host and port requests may go to: the bucket in the path or in the host name. */
export function allowedDestination(config: ObjectStoreConfig): Destination {
  const url = new URL(config.endpoint);
  const hostname = config.forcePathStyle ? url.hostname : `${config.bucket}.${url.hostname}`;
  return { protocol: url.protocol, hostname, port: url.port };
}

/** Throws unless the outgoing request goes exactly where the configuration says. */
export function assertDestination(request: unknown, allowed: Destination): void {
  const { protocol, hostname, port } = (request ?? {}) as {
    protocol?: string;
    hostname?: string;
    port?: number;
  };
  const defaultPort = protocol === 'https:' ? '443' : '80';
  const sentPort = port === undefined ? '' : String(port);
  const samePort =
    sentPort === allowed.port || (sentPort || defaultPort) === (allowed.port || defaultPort);
  if (protocol !== allowed.protocol || hostname !== allowed.hostname || !samePort) {
    throw new Error(
      `refused a request to the object store at ${protocol ?? '?'}//${hostname ?? '?'}:${sentPort}: only ${allowed.protocol}//${allowed.hostname}${allowed.port ? `:${allowed.port}` : ''} is configured`,
    );
  }
}
