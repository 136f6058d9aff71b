import { Injectable } from '@nestjs/common';
import { type IccwcSharingChoice } from '@greenchain/contracts';
import { DataSource, type EntityManager } from 'typeorm';

interface ChoiceRow {
  readonly shared: boolean;
  readonly chosen_at: Date;
}

/** Each country's ICCWC data-sharing choice per year; no row means the default (shared). */
@Injectable()
export class IccwcSharingChoices {
  constructor(private readonly dataSource: DataSource) {}

  async current(
    country: string,
    year: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IccwcSharingChoice> {
    const rows: ChoiceRow[] = await manager.query(
      `SELECT shared, chosen_at FROM iccwc_sharing_choices WHERE country = $1 AND year = $2`,
      [country, year],
    );
    const row = rows[0];
    return {
      country,
      year,
      shared: row?.shared ?? true,
      chosen: row !== undefined,
      chosenAt: row ? row.chosen_at.toISOString() : null,
    };
  }

  /** Records the choice in the caller's transaction and answers what stood before it. */
  async choose(
    choice: { country: string; year: number; shared: boolean; chosenBy: string },
    manager: EntityManager,
  ): Promise<{ before: IccwcSharingChoice; after: IccwcSharingChoice }> {
    // Two focal points choosing at once: the second waits and records the first as its before.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `iccwc-sharing:${choice.country}:${choice.year}`,
    ]);
    const before = await this.current(choice.country, choice.year, manager);
    await manager.query(
      `INSERT INTO iccwc_sharing_choices (country, year, shared, chosen_by, chosen_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (country, year)
       DO UPDATE SET shared = excluded.shared, chosen_by = excluded.chosen_by, chosen_at = now()`,
      [choice.country, choice.year, choice.shared, choice.chosenBy],
    );
    return { before, after: await this.current(choice.country, choice.year, manager) };
  }
}
