import type { DataSource } from 'typeorm';
import type { ReportCase } from './report-case';

/** The report facts of one country's cases that have a fact in a calendar year or span it. */
export class ReportFactsQuery {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Every case seized by the end of the year whose latest fact is in the year or later: each report
   * then keeps those its own rule selects (seized, closed, proven, charged in the year).
   */
  async cases(country: string, year: number): Promise<ReportCase[]> {
    const rows: { facts: ReportCase }[] = await this.dataSource.query(
      `SELECT facts FROM report_facts
        WHERE country = $1 AND seized_on <= $3::date AND last_fact_on >= $2::date
        ORDER BY seized_on, case_id`,
      [country, `${year}-01-01`, `${year}-12-31`],
    );
    return rows.map((row) => row.facts);
  }
}
