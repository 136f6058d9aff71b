import { Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { DataSource, QueryFailedError } from 'typeorm';
import { type NotificationResponse } from './notification.response';
import { notificationText } from './notification-texts';

interface NotificationRow {
  id: string;
  case_id: string;
  kind: string;
  created_at: Date;
  read_at: Date | null;
}

export interface NotificationPage {
  readonly rows: NotificationResponse[];
  readonly total: number;
}

/**
 * The in-app outcome notifications of the seizing office: a customs officer sees those of their
 * country and agency, and marking one read marks it for the office.
 */
@Injectable()
export class Notifications {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    user: SessionUser,
    unreadOnly: boolean,
    [first, last]: readonly [number, number],
  ): Promise<NotificationPage> {
    const office = [user.country ?? '', user.agency ?? '', unreadOnly];
    const where = `recipient_country = $1 AND recipient_agency = $2 AND (NOT $3 OR read_at IS NULL)`;
    const [rows, [count]] = await Promise.all([
      this.dataSource.query<NotificationRow[]>(
        `SELECT id, case_id, kind, created_at, read_at FROM notifications WHERE ${where}
          ORDER BY created_at DESC, id OFFSET $4 LIMIT $5`,
        [...office, first, last - first + 1],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM notifications WHERE ${where}`,
        office,
      ),
    ]);
    const references = await this.references(rows.map((row) => row.case_id));
    return {
      rows: rows.map((row) => {
        const caseReference = references.get(row.case_id) ?? null;
        return {
          id: row.id,
          caseId: row.case_id,
          caseReference,
          kind: row.kind,
          ...notificationText(row.kind, caseReference),
          createdAt: row.created_at.toISOString(),
          ...(row.read_at && { readAt: row.read_at.toISOString() }),
        };
      }),
      total: count?.total ?? 0,
    };
  }

  /** Marks it read (once: a repeat keeps the first time); another office's answers 404. */
  async markRead(user: SessionUser, id: string): Promise<void> {
    const rows = await this.dataSource.query<unknown[]>(
      `WITH marked AS (
         UPDATE notifications SET read_at = coalesce(read_at, now())
          WHERE id = $1 AND recipient_country = $2 AND recipient_agency = $3
          RETURNING id)
       SELECT id FROM marked`,
      [id, user.country ?? '', user.agency ?? ''],
    );
    if (rows.length === 0) {
      throw new ProblemException(404, 'resource/not-found', 'No such notification.', 'id');
    }
  }

  /** The agencies' references from the case list; none until the worker has built it. */
  private async references(caseIds: readonly string[]): Promise<Map<string, string | null>> {
    if (caseIds.length === 0) return new Map();
    try {
      const rows = await this.dataSource.query<{ case_id: string; reference: string | null }[]>(
        `SELECT case_id, reference FROM case_summary WHERE case_id = ANY($1::text[])`,
        [caseIds],
      );
      return new Map(rows.map((row) => [row.case_id, row.reference]));
    } catch (error) {
      const missing =
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '42P01';
      if (missing) return new Map();
      throw error;
    }
  }
}
