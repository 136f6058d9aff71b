import { ProblemException } from '@greenchain/platform';
import { type Request, type Response } from 'express';

const chunkTypes = new Set(['application/offset+octet-stream', 'application/octet-stream']);

/**
 * A chunk's body, exactly `length` bytes (its Content-Range) and at most `maxBytes`
 * (DOCUMENT_UPLOAD_CHUNK_MAX_BYTES), held in memory to be compared with what was received. On a
 * refusal the rest of the body is read and dropped and the connection closed after the answer.
 */
export async function readChunk(
  request: Request,
  response: Response,
  length: number,
  maxBytes: number,
): Promise<Buffer> {
  const refuse = (status: number, code: string, detail: string, field: string) => {
    response.setHeader('Connection', 'close');
    request.resume();
    return new ProblemException(status, code, detail, field);
  };
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!chunkTypes.has(type)) {
    throw refuse(
      415,
      'upload/not-octet-stream',
      'Send a chunk as application/offset+octet-stream.',
      'Content-Type',
    );
  }
  if (length > maxBytes) {
    throw refuse(
      413,
      'upload/chunk-too-large',
      `A chunk takes at most ${maxBytes} bytes.`,
      'Content-Range',
    );
  }
  const pieces: Buffer[] = [];
  let received = 0;
  for await (const piece of request as AsyncIterable<Buffer>) {
    received += piece.length;
    // Past the announced length the rest is read and dropped, so the answer reaches the client.
    if (received <= length) pieces.push(piece);
  }
  if (received !== length) {
    throw refuse(
      400,
      'upload/length-mismatch',
      `The chunk's body is not the ${length} bytes its Content-Range says.`,
      'Content-Range',
    );
  }
  return Buffer.concat(pieces, length);
}
