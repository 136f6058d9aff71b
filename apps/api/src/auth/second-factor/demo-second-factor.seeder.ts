import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import {
  GREENCHAIN_CONFIG,
  type GreenchainConfig,
  INFRASTRUCTURE,
  type Infrastructure,
} from '@greenchain/platform';
import { demoUsers } from '../../users/demo-users';
import { UsersService } from '../../users/users.service';
import { SecondFactors } from './second-factors.service';
import { newTotpSecret, otpauthUri } from './totp-codes';

/** What the start-up banner prints so the demo administrator can compute codes. */
export interface DemoSecondFactor {
  readonly email: string;
  readonly secret: string;
  readonly otpauthUri: string;
}

const demoAdministrator = demoUsers.find((user) => user.role === 'admin');

/**
 * Administrators must have a second factor, the demo one included. On the embedded demo only
 * (`npm start`: demo data on PGlite) it is enrolled at start-up if it has none, and its secret is
 * printed in the banner, as public as the demo password. A PostgreSQL server, even with
 * SEED_DEMO_DATA on (the test suites), leaves the demo administrator to enrol like anyone else.
 */
@Injectable()
export class DemoSecondFactorSeeder implements OnApplicationBootstrap {
  private enrolled: DemoSecondFactor | undefined;

  constructor(
    private readonly users: UsersService,
    private readonly factors: SecondFactors,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
    @Inject(INFRASTRUCTURE) private readonly infrastructure: Infrastructure,
  ) {}

  /** The demo administrator's factor, once the embedded demo has started; undefined otherwise. */
  get demoAdministrator(): DemoSecondFactor | undefined {
    return this.enrolled;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData || !this.infrastructure.embedded || !demoAdministrator) return;
    const user = await this.users.findByEmail(demoAdministrator.email);
    if (!user) return;
    let secret = await this.factors.enabledSecret(user.id);
    if (secret === undefined) {
      secret = newTotpSecret();
      await this.factors.enrolConfirmed(user.id, secret);
    }
    this.enrolled = { email: user.email, secret, otpauthUri: otpauthUri(user.email, secret) };
  }
}
