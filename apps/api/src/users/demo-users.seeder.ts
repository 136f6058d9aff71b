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
    // At once: each argon2id hash takes a libuv thread for a good part of a second.
    const created = await Promise.all(demoUsers.map((user) => this.createUnlessPresent(user)));
    const count = created.filter(Boolean).length;
    this.logger.log({ created: count, total: demoUsers.length }, 'demo users ready');
  }

  private async createUnlessPresent(user: (typeof demoUsers)[number]): Promise<boolean> {
    if (await this.users.exists(user.email)) return false;
    await this.users.create({ ...user, password: demoPassword });
    return true;
  }
}
