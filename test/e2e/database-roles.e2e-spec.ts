import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { type CommandResult } from '@greenchain/contracts';
import { runtimeRoleProblems } from '@greenchain/platform';
import { type CaseSummary } from '@greenchain/read-models';
import { createTestDatabase, expectEventually, type TestDatabase } from '@greenchain/testing';
import { Client, type DatabaseError } from 'pg';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createDatabaseRoles, type DatabaseRoles } from '../support/database-roles';
import { consigneeRequest, seizureRequest } from '../support/hcfc-22-case';
import { bodyOf } from '../support/http';
import { reauthenticated } from '../support/reauthentication';
import { bearer, signIn } from '../support/sessions';
import { startTestApp, testEnvironment, type TestApp } from '../support/test-app';

const root = join(__dirname, '../..');

/** Runs the built API as a production process would start, and answers its exit and output. */
function startProductionApi(env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: productionEnvironment(env),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function productionEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
}

describe('least privilege in the database: migrations as the owner, the processes as a runtime role', () => {
  let database: TestDatabase;
  let roles: DatabaseRoles;
  let subject: TestApp | undefined;
  let http: ReturnType<typeof request>;
  let runtime: Client;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: [], label: 'roles' });
    roles = await createDatabaseRoles(database);
    subject = await startTestApp({
      database,
      with: [WorkerModule],
      env: { DATABASE_URL: roles.appUrl, MIGRATION_DATABASE_URL: roles.ownerUrl },
    });
    http = request(subject.app.getHttpServer());
    runtime = new Client({ connectionString: roles.appUrl });
    await runtime.connect();
  }, 90_000);

  afterAll(async () => {
    await runtime?.end();
    // The database goes first: the owner role owns it. The roles go even if a step failed.
    try {
      await (subject ? subject.close() : database?.drop());
    } finally {
      await roles?.drop();
    }
  });

  /** The SQLSTATE a statement of the runtime role fails with. */
  const refusal = async (sql: string) => {
    try {
      await runtime.query(sql);
    } catch (error) {
      return (error as DatabaseError).code;
    }
    return 'accepted';
  };

  it('records a seizure, lists it once projected, erases a party and replays an idempotent POST', async () => {
    const customs = (await signIn(http, 'customs')).accessToken;
    const admin = (await signIn(http, 'admin')).accessToken;
    const created = bodyOf<CommandResult>(
      await http.post('/api/cases').set(bearer(customs)).send(seizureRequest()).expect(201),
    );
    const party = bodyOf<CommandResult>(
      await http
        .post(`/api/cases/${created.id}/parties`)
        .set(bearer(customs))
        .send(consigneeRequest)
        .expect(201),
    );
    await expectEventually(
      async () => {
        const listed = await http.get('/api/cases').set(bearer(customs)).expect(200);
        expect(bodyOf<CaseSummary[]>(listed).map((row) => row.id)).toContain(created.id);
      },
      { timeoutMs: 30_000 },
    );
    const headers = await reauthenticated(http, admin);
    const erase = () =>
      http
        .post(`/api/data-subjects/${party.created.partyId ?? ''}/erase`)
        .set(headers)
        .set('Idempotency-Key', 'erase-consignee');
    const first = await erase().expect(200);
    const again = await erase().expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const detail = await http.get(`/api/cases/${created.id}`).set(bearer(customs)).expect(200);
    expect(JSON.stringify(detail.body)).not.toContain(consigneeRequest.name);
  }, 60_000);

  it('runs as a role that is no superuser and owns nothing but projection tables', async () => {
    const { rows } = await runtime.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
    expect(await runtimeRoleProblems(roles.appUrl)).toEqual([]);
    const owned = await runtime.query<{ schema: string }>(
      `SELECT DISTINCT n.nspname AS schema FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
          AND n.nspname <> 'pg_toast'`,
    );
    // pg_toast holds the out-of-line values of those same tables.
    expect(owned.rows).toEqual([{ schema: 'read_models' }]);
  });

  it('cannot change or remove events, nor drop, alter or create tables of the application', async () => {
    expect(await refusal(`UPDATE events SET data = '{}'`)).toBe('42501');
    expect(await refusal('DELETE FROM events')).toBe('42501');
    expect(await refusal('TRUNCATE events')).toBe('42501');
    expect(await refusal('DROP TABLE events')).toBe('42501');
    expect(await refusal('DROP TABLE users')).toBe('42501');
    expect(await refusal('ALTER TABLE events DISABLE TRIGGER events_append_only')).toBe('42501');
    expect(await refusal('ALTER TABLE users ADD COLUMN smuggled text')).toBe('42501');
    expect(await refusal('DROP VIEW case_summary')).toBe('42501');
    expect(await refusal('CREATE TABLE public.smuggled (id int)')).toBe('42501');
    expect(await refusal('DELETE FROM processed_commands')).toBe('42501');
    // Who read whose personal data is written, never read nor rewritten, by the application.
    expect(await refusal('SELECT * FROM personal_data_access_log')).toBe('42501');
    expect(await refusal('DELETE FROM personal_data_access_log')).toBe('42501');
  });

  it('may point a projection view only at a projection table, never replace another object', async () => {
    const [table] = (
      await runtime.query<{ relname: string }>(
        `SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'read_models' AND relname LIKE 'rm\\_case\\_summary\\_g%' LIMIT 1`,
      )
    ).rows;
    expect(table).toBeDefined();
    const switchTo = (view: string, target: string) =>
      refusal(`SELECT switch_projection_view('${view}', '${target}')`);
    expect(await switchTo('users', table?.relname ?? '')).toBe('42809');
    expect(await switchTo('case_summary', 'users')).toBe('22023');
    expect(await switchTo('case_summary', 'rm_nothing_g1')).toBe('42P01');
  });

  it('has a grant to the runtime role on every table of the application', async () => {
    const { rows } = await runtime.query<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND NOT has_table_privilege(current_user, c.oid, 'SELECT, INSERT')`,
    );
    expect(rows).toEqual([]);
  });

  it('refuses a production start as a superuser or as the owner, saying why and what to do', () => {
    const environment = testEnvironment(database.url);
    const asSuperuser = startProductionApi(environment);
    expect(asSuperuser.status).toBe(78);
    expect(asSuperuser.stderr).toContain('Greenchain cannot start');
    expect(asSuperuser.stderr).toMatch(/- DATABASE_URL: role "\w+" is a superuser/);
    expect(asSuperuser.stderr).toContain('- MIGRATION_DATABASE_URL: in production, connect');
    const asOwner = startProductionApi({ ...environment, DATABASE_URL: roles.ownerUrl });
    expect(asOwner.status).toBe(78);
    expect(asOwner.stderr).toContain(`role "${roles.owner}" owns the database`);
    expect(asOwner.stderr).toMatch(/owns \(or is a member of the owner of\) .*public\./);
  }, 120_000);

  it('starts in production with the runtime role alone once the owner has migrated', async () => {
    const api = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
      cwd: root,
      env: productionEnvironment(testEnvironment(roles.appUrl)),
    });
    let output = '';
    api.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    api.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => api.once('exit', resolve));
    try {
      await expectEventually(
        () => {
          if (!/API: +http:/.test(output)) throw new Error(`API not started:\n${output}`);
        },
        { timeoutMs: 60_000 },
      );
    } finally {
      api.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
