import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { demoPassword, demoUsers } from './demo-users';
import { UsersService } from './users.service';

/** One account per role, so a first look at a demo install needs no administration. */
@Injectable()
export class DemoUsersSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoUsersSeeder.name);

  constructor(
    private readonly users: UsersService,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    let created = 0;
    for (const user of demoUsers) {
      if (await this.users.exists(user.email)) continue;
      await this.users.create({ ...user, password: demoPassword });
      created += 1;
    }
    this.logger.log({ created, total: demoUsers.length }, 'demo users ready');
  }
}
