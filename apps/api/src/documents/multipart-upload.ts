import { type Readable } from 'node:stream';
import { ProblemException } from '@greenchain/platform';
import busboy from 'busboy';
import { type Request, type Response } from 'express';
import { type StoredBlob } from './storage/document-storage';

/** A multipart upload once its one file is stored. */
export interface ReceivedUpload {
  /** The form's text fields by name (a Map, so no name reaches an object's prototype). */
  readonly fields: ReadonlyMap<string, string>;
  readonly fileName: string;
  /** The part's Content-Type as the client sent it, without parameters. */
  readonly declaredType: string;
  readonly blob: StoredBlob;
}

const formLimits = { files: 1, fields: 8, parts: 9, fieldSize: 4000, fieldNameSize: 100 };

const refused = (status: number, code: string, detail: string, field: string) =>
  new ProblemException(status, code, detail, field);

/**
 * Reads a multipart/form-data request whose file part is named `file`, streaming that part into
 * `store` as it arrives (never whole in memory). On any refusal the rest of the request is read and
 * dropped, and the connection is closed after the answer, so a client sending a huge file does not
 * keep it busy.
 */
export function receiveUpload(
  request: Request,
  response: Response,
  store: (file: Readable) => Promise<StoredBlob>,
): Promise<ReceivedUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: formLimits, defParamCharset: 'utf8' });
    } catch {
      reject(
        refused(
          415,
          'document/not-multipart',
          'Send the file as multipart/form-data.',
          'Content-Type',
        ),
      );
      return;
    }
    const fields = new Map<string, string>();
    let upload: Promise<Omit<ReceivedUpload, 'fields'>> | undefined;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      response.setHeader('Connection', 'close');
      request.unpipe(parser);
      request.resume();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || upload !== undefined) {
        stream.resume();
        fail(
          refused(400, 'document/unexpected-file', 'Send one file, in the part named file.', name),
        );
        return;
      }
      upload = store(stream).then((blob) => ({
        blob,
        fileName: info.filename ?? '',
        declaredType: info.mimeType.split(';')[0]?.trim().toLowerCase() ?? '',
      }));
      upload.catch((error: unknown) => {
        stream.resume();
        fail(error);
      });
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) {
        fail(refused(400, 'request/too-long', `The field ${name} is too long.`, name));
      } else fields.set(name, value);
    });
    const tooMany = () =>
      fail(refused(400, 'document/too-many-parts', 'Send one file and a few fields.', 'file'));
    parser.on('filesLimit', tooMany);
    parser.on('fieldsLimit', tooMany);
    parser.on('partsLimit', tooMany);
    parser.on('error', () =>
      fail(refused(400, 'document/malformed', 'The multipart body is malformed.', 'file')),
    );
    parser.on('close', () => {
      if (failed) return;
      if (upload === undefined) {
        fail(refused(400, 'document/file-required', 'Send the file in a part named file.', 'file'));
        return;
      }
      upload.then((file) => resolve({ ...file, fields }), fail);
    });
    request.pipe(parser);
  });
}
