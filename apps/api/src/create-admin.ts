import 'reflect-metadata';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  loadConfig,
  migrateConfiguredDatabase,
  PlatformModule,
  type PlatformRuntime,
  ProblemException,
  startInfrastructure,
} from '@greenchain/platform';
import { isEmail } from 'class-validator';
import { PasswordPolicy } from './passwords/password-policy';
import { UsersModule } from './users/users.module';
import { UsersService } from './users/users.service';

/**
 * `printf '%s' "$PASSWORD" | npm run create-admin -- admin@agency.org "Full name"`: the first
 * administrator of a production install (demo accounts exist only in the embedded default). The
 * password comes on standard input so it stays out of the shell history and the process list.
 */
@Module({})
class CreateAdminModule {
  static forRoot(runtime: PlatformRuntime): DynamicModule {
    return { module: CreateAdminModule, imports: [PlatformModule.forRoot(runtime), UsersModule] };
  }
}

async function main(): Promise<void> {
  const [email, displayName = 'Administrator'] = process.argv.slice(2);
  if (!email || !isEmail(email)) throw new Error('usage: create-admin <email> [display name]');
  const password = (await readStandardInput()).trim();
  await checkPassword(password, { email, displayName });
  const config = loadConfig();
  const infrastructure = await startInfrastructure(config);
  try {
    await migrateConfiguredDatabase(config, infrastructure);
    const app = await NestFactory.createApplicationContext(
      CreateAdminModule.forRoot({ config, infrastructure }),
      { logger: false },
    );
    const users = app.get(UsersService);
    if (await users.exists(email)) throw new Error(`${email} already has an account`);
    await users.create({
      email,
      displayName,
      password,
      role: 'admin',
      country: null,
      agency: null,
    });
    await app.close();
    process.stdout.write(`Administrator ${email} created.\n`);
  } finally {
    await infrastructure.stop();
  }
}

/** The policy every password meets, said as a command-line error. */
async function checkPassword(
  password: string,
  owner: { email: string; displayName: string },
): Promise<void> {
  try {
    await new PasswordPolicy().check(password, 'password', owner);
  } catch (error) {
    if (error instanceof ProblemException) {
      throw new Error(`the password on standard input is refused: ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
}

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
