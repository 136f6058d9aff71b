import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig, ProblemException } from '@greenchain/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { tooLarge } from '../storage/chunked-source';
import { type StoredBlob } from '../storage/document-storage';
import { type ChunkRange } from './content-range';

/** A resumable upload as its sender sees it. */
export interface UploadSessionView {
  readonly sessionId: string;
  readonly size: number;
  /** How many bytes from the start are received: the next chunk starts here. */
  readonly offset: number;
  readonly expiresAt: string;
  readonly chunkMaxBytes: number;
}

interface SessionRow {
  readonly session_id: string;
  readonly size: string;
  readonly received: string;
  readonly expires_at: Date;
  readonly sha256: string | null;
  readonly detected_type: string | null;
}

const notFound = () =>
  new ProblemException(
    404,
    'upload/session-not-found',
    'There is no such upload session of yours on this case.',
    'sessionId',
  );

/**
 * Sessions of resumable uploads, their received ranges kept in PostgreSQL whatever backend stores
 * files. A session belongs to the user who opened it, on one case; it takes its bytes in order
 * (a chunk may repeat what was received, if identical) and expires after
 * DOCUMENT_UPLOAD_SESSION_HOURS.
 */
@Injectable()
export class UploadSessions {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async open(caseId: string, userId: string, size: number): Promise<UploadSessionView> {
    const { maxBytes, uploadSessionHours } = this.config.documents;
    if (size > maxBytes) throw tooLarge(maxBytes, 'size');
    const [row] = await this.dataSource.query<SessionRow[]>(
      `INSERT INTO document_upload_sessions (session_id, case_id, user_id, size, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))
       RETURNING *`,
      [randomUUID(), caseId, userId, size, uploadSessionHours],
    );
    return this.view(row as SessionRow);
  }

  async find(caseId: string, sessionId: string, userId: string): Promise<UploadSessionView> {
    return this.view(await this.row(this.dataSource.manager, caseId, sessionId, userId, false));
  }

  /**
   * Takes a chunk: the part already received must be identical (a resent chunk), the rest is
   * appended. A chunk starting past the offset, or differing from what was received, is refused.
   */
  async receive(
    caseId: string,
    sessionId: string,
    userId: string,
    range: ChunkRange,
    bytes: Buffer,
  ): Promise<UploadSessionView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.row(manager, caseId, sessionId, userId, true);
      const [size, received] = [Number(row.size), Number(row.received)];
      if (range.size !== size) {
        throw rangeRefused(400, 'upload/size-mismatch', `The session's file is ${size} bytes.`);
      }
      if (row.sha256 !== null || range.start > received) {
        throw rangeRefused(
          409,
          'upload/offset-mismatch',
          `The next chunk starts at byte ${received}.`,
          received,
        );
      }
      const overlapEnd = Math.min(range.end, received);
      const sent = bytes.subarray(0, overlapEnd - range.start);
      if (!sent.equals(await this.slice(manager, sessionId, range.start, overlapEnd))) {
        throw rangeRefused(
          409,
          'upload/chunk-mismatch',
          `Bytes ${range.start}-${overlapEnd - 1} differ from those received before.`,
          received,
        );
      }
      if (range.end > received) {
        await manager.query(
          'INSERT INTO document_upload_ranges (session_id, start_at, bytes) VALUES ($1, $2, $3)',
          [sessionId, received, bytes.subarray(received - range.start)],
        );
        await manager.query(
          'UPDATE document_upload_sessions SET received = $2 WHERE session_id = $1',
          [sessionId, range.end],
        );
      }
      return this.view({ ...row, received: String(Math.max(received, range.end)) });
    });
  }

  /** The received bytes in order, one stored range at a time. */
  async *bytes(sessionId: string): AsyncGenerator<Buffer> {
    let at = 0;
    for (;;) {
      const [range] = await this.dataSource.query<{ bytes: Buffer }[]>(
        'SELECT bytes FROM document_upload_ranges WHERE session_id = $1 AND start_at = $2',
        [sessionId, at],
      );
      if (!range) return;
      yield range.bytes;
      at += range.bytes.length;
    }
  }

  /** The stored file of a completed session, or undefined while it is not. */
  async completed(
    caseId: string,
    sessionId: string,
    userId: string,
  ): Promise<{ view: UploadSessionView; blob?: StoredBlob }> {
    const row = await this.row(this.dataSource.manager, caseId, sessionId, userId, false);
    const blob =
      row.sha256 !== null && row.detected_type !== null
        ? { sha256: row.sha256, size: Number(row.size), detectedType: row.detected_type }
        : undefined;
    return { view: this.view(row), ...(blob && { blob }) };
  }

  /** Notes the stored file on the session and drops its ranges: they are in storage now. */
  async complete(sessionId: string, blob: StoredBlob): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE document_upload_sessions SET sha256 = $2, detected_type = $3 WHERE session_id = $1',
        [sessionId, blob.sha256, blob.detectedType],
      );
      await manager.query('DELETE FROM document_upload_ranges WHERE session_id = $1', [sessionId]);
    });
  }

  private async row(
    manager: EntityManager,
    caseId: string,
    sessionId: string,
    userId: string,
    lock: boolean,
  ): Promise<SessionRow> {
    const [row] = await manager.query<SessionRow[]>(
      `SELECT * FROM document_upload_sessions
        WHERE session_id = $1 AND case_id = $2 AND user_id = $3 ${lock ? 'FOR UPDATE' : ''}`,
      [sessionId, caseId, userId],
    );
    if (!row) throw notFound();
    if (row.expires_at.getTime() <= Date.now()) {
      throw new ProblemException(
        410,
        'upload/session-expired',
        'The upload session has expired; open a new one.',
        'sessionId',
      );
    }
    return row;
  }

  /** Bytes [start, end) as received, from the ranges that hold them. */
  private async slice(manager: EntityManager, sessionId: string, start: number, end: number) {
    if (end <= start) return Buffer.alloc(0);
    const rows = await manager.query<{ start_at: string; bytes: Buffer }[]>(
      `SELECT start_at, bytes FROM document_upload_ranges
        WHERE session_id = $1 AND start_at < $3 AND start_at + octet_length(bytes) > $2
        ORDER BY start_at`,
      [sessionId, start, end],
    );
    const joined = Buffer.concat(rows.map((row) => row.bytes));
    const from = start - Number(rows[0]?.start_at ?? start);
    return joined.subarray(from, from + (end - start));
  }

  private view(row: SessionRow): UploadSessionView {
    return {
      sessionId: row.session_id,
      size: Number(row.size),
      offset: Number(row.received),
      expiresAt: row.expires_at.toISOString(),
      chunkMaxBytes: this.config.documents.uploadChunkMaxBytes,
    };
  }
}

function rangeRefused(status: number, code: string, detail: string, offset?: number) {
  return new ProblemException(
    status,
    code,
    detail,
    'Content-Range',
    undefined,
    offset === undefined ? undefined : { offset },
  );
}
