import { Injectable } from '@nestjs/common';
import { EventStore } from '@greenchain/event-store';
import { DataSource } from 'typeorm';
import { type IntegrityResponse } from './integrity.response';

/** Verifies a stream's hash chain and reports its recorded head, for screens and printed records. */
@Injectable()
export class StreamIntegrity {
  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  async verify(streamId: string): Promise<IntegrityResponse> {
    const verification = await this.store.verifyStream(streamId);
    const rows = await this.dataSource.query<{ last_hash: Buffer }[]>(
      'SELECT last_hash FROM streams WHERE stream_id = $1',
      [streamId],
    );
    const verifiedAt = new Date().toISOString();
    const headHash = rows[0]?.last_hash.toString('hex');
    return verification.valid
      ? { streamId, valid: true, version: verification.version, headHash, verifiedAt }
      : {
          streamId,
          valid: false,
          brokenAt: verification.position,
          reason: verification.reason,
          headHash,
          verifiedAt,
        };
  }
}
