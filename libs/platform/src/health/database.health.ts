import { Inject, Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '../config/greenchain-config';
import { SettingReport } from './setting-report';
import { fsyncProblem } from './unsafe-settings';
import { withTimeout } from './with-timeout';

@Injectable()
export class DatabaseHealth {
  private readonly report = new SettingReport(new Logger('Health'));

  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async check() {
    const indicator = this.indicators.check('database');
    try {
      // One round trip both proves the database answers and reads the setting it must not have.
      const [row] = await withTimeout(
        this.dataSource.query<{ fsync: string }[]>(`SELECT current_setting('fsync') AS fsync`),
        2_000,
      );
      const problem = fsyncProblem({
        fsync: row?.fsync,
        production: this.config.env === 'production',
        embedded: this.config.database.mode === 'embedded',
      });
      this.report.note(problem);
      return problem ? indicator.down({ message: problem }) : indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
