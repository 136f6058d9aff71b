import { Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { personalFieldsOf } from '@greenchain/domain';
import { type RecordedEvent } from '@greenchain/event-store';
import { DataSource } from 'typeorm';

/**
 * Every read that returns a data subject's personal fields leaves one entry (who, when, which
 * record, which subject), written before the response is sent so no read escapes the log.
 */
@Injectable()
export class PersonalDataAccessLog {
  constructor(private readonly dataSource: DataSource) {}

  /** `caseId`: the case the events belong to (its free text is read as its narrative subject). */
  async recordRead(
    user: SessionUser,
    events: readonly RecordedEvent[],
    caseId: string,
    purpose: string,
  ): Promise<number> {
    const subjects = new Set<string>();
    for (const event of events) {
      for (const fields of personalFieldsOf(event, caseId)) subjects.add(fields.subjectId);
    }
    if (subjects.size === 0) return 0;
    const streamIds = [...new Set(events.map((event) => event.streamId))];
    await this.dataSource.query(
      `INSERT INTO personal_data_access_log (user_id, user_role, stream_id, subject_id, purpose)
       SELECT $1, $2, stream_id, subject_id, $5
         FROM unnest($3::text[]) AS stream_id, unnest($4::text[]) AS subject_id`,
      [user.id, user.role, streamIds, [...subjects], purpose],
    );
    return subjects.size;
  }
}
