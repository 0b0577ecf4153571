/**
 * A private PostgreSQL server for tests: initdb into a fresh temp folder, listening only on a unix socket there
 * (no TCP), fsync off. SQL runs through the `psql` client (there is no `pg` package here), one session per call.
 *
 * initdb and postgres refuse to run as root, so when the tests run as root the folder is handed to the `postgres`
 * user and the server programs run under `runuser -u postgres --`; psql itself runs as the caller.
 *
 * The cluster lives under /dev/shm when it has room (see clusterParent). Binaries: `$PG_BIN`, else /usr/lib/postgresql/15/bin, else the newest /usr/lib/postgresql/<n>/bin.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SqlResult {
  ok: boolean;
  /** PostgreSQL's first error, without psql's `psql:<stdin>:N: ERROR:` prefix. */
  error?: string;
  /** Its SQLSTATE (`42P07`). */
  sqlstate?: string;
  /** The input line psql reports the error at: where the failing statement ends (1-based, counted in the text sent). */
  line?: number;
  /** The line of the failing statement that the error's position points at (psql's `LINE n:`), when it gives one. */
  lineInStatement?: number;
}

export interface Postgres {
  /** The folder holding the socket (pass it as psql's `-h`). */
  readonly socketDir: string;
  readonly port: number;
  /** Runs a script in one psql session, statement by statement as psql splits it, stopping at the first error. */
  run(db: string, sql: string): SqlResult;
  /** The rows of one query, each as psql's unaligned output prints it (columns joined by `|`); throws when it fails. */
  rows(db: string, sql: string): string[];
  /** A new database with the Supabase stand-in loaded, then `setupSql` (which must succeed). */
  createDb(name: string, setupSql?: string): void;
  /** A copy of a database (no session may be connected to `from`; psql sessions end with each call). */
  cloneDb(from: string, name: string): void;
  dropDb(name: string): void;
  /** Stops the server and removes its folder. Safe to call twice. */
  stop(): void;
}

/** The folder of the PostgreSQL server programs, or undefined when none is installed. */
export function findPostgresBin(): string | undefined {
  const candidates = [process.env.PG_BIN, '/usr/lib/postgresql/15/bin'];
  try {
    const versions = readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  } catch {
    // no Debian-style install
  }
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

/** Whether `startPostgres` can work here: server programs, a psql client, and (as root) a postgres user. */
export function postgresAvailable(): boolean {
  if (!findPostgresBin()) return false;
  if (spawnSync('psql', ['--version']).status !== 0 && !existsSync(join(findPostgresBin()!, 'psql'))) return false;
  if (isRoot() && spawnSync('id', ['-u', 'postgres']).status !== 0) return false;
  return true;
}

/**
 * Where the cluster lives: a memory file system when there is room (CREATE DATABASE copies files, which takes
 * ~250 ms on a disk and ~20 ms in memory), else the temp folder. `SG_PG_TMPDIR` overrides.
 */
function clusterParent(): string {
  if (process.env.SG_PG_TMPDIR) return process.env.SG_PG_TMPDIR;
  try {
    accessSync('/dev/shm', constants.W_OK);
    const fs = statfsSync('/dev/shm');
    if (fs.bavail * fs.bsize >= 512 * 1024 * 1024) return '/dev/shm';
  } catch {
    // no /dev/shm
  }
  return tmpdir();
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * A tiny stand-in for what a Supabase project has before the user's migrations run: the API roles, the auth,
 * storage and extensions schemas, `auth.users`, `auth.uid()`, `storage.objects` and the realtime publication.
 * Roles belong to the cluster; everything else is loaded into the template every test database is copied from.
 */
export const SUPABASE_ROLES_SQL = `
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END $$;
ALTER ROLE service_role BYPASSRLS;
`;

export const SUPABASE_STUB_SQL = `
CREATE SCHEMA auth;
CREATE SCHEMA storage;
CREATE SCHEMA extensions;
CREATE TABLE auth.users (id uuid PRIMARY KEY, email text, raw_user_meta_data jsonb, created_at timestamptz DEFAULT now());
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
CREATE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('request.jwt.claim.role', true), '') $$;
CREATE TABLE storage.buckets (id text PRIMARY KEY, name text NOT NULL, public boolean DEFAULT false);
CREATE TABLE storage.objects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(), bucket_id text REFERENCES storage.buckets (id), name text, owner uuid,
  created_at timestamptz DEFAULT now(), metadata jsonb
);
ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;
CREATE PUBLICATION supabase_realtime;
GRANT USAGE ON SCHEMA public, auth, storage, extensions TO anon, authenticated, service_role;
`;

const TEMPLATE = 'sg_supabase_template';

/** The first ERROR psql printed (in verbose form, so with its SQLSTATE), the input line it names, and its `LINE n:`. */
function firstError(stderr: string): { error: string; sqlstate?: string; line?: number; lineInStatement?: number } {
  const m = /^(?:psql:[^:\n]*:(\d+): )?(?:ERROR|FATAL|PANIC):\s+(?:([0-9A-Z]{5}): )?(.*)$/m.exec(stderr);
  if (!m) return { error: stderr.trim() || 'psql failed without a message' };
  const position = /^LINE (\d+):/m.exec(stderr.slice(m.index + m[0].length));
  return {
    error: m[3]!.trim(),
    ...(m[2] !== undefined && { sqlstate: m[2] }),
    ...(m[1] !== undefined && { line: Number(m[1]) }),
    ...(position && { lineInStatement: Number(position[1]) }),
  };
}

export async function startPostgres(): Promise<Postgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL server programs not found (set PG_BIN)');
  const psqlPath = spawnSync('psql', ['--version']).status === 0 ? 'psql' : join(bin, 'psql');
  const root = isRoot();
  const dir = mkdtempSync(join(clusterParent(), 'sg-pg-'));
  const data = join(dir, 'data');
  const port = 5432;
  const asServer = (program: string, args: string[]): SpawnSyncReturns<string> => {
    const cmd = root ? 'runuser' : join(bin, program);
    const argv = root ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
    return spawnSync(cmd, argv, { encoding: 'utf8', cwd: dir, timeout: 60_000 });
  };
  const check = (what: string, r: SpawnSyncReturns<string>): void => {
    if (r.status !== 0) throw new Error(`${what} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout || r.error?.message}`);
  };
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    if (existsSync(join(data, 'postmaster.pid'))) asServer('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-s', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (root) {
      const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
      chownSync(dir, uid, gid);
    }
    check('initdb', asServer('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']));
    const options = [
      "-c listen_addresses=''", `-c unix_socket_directories='${dir}'`, `-p ${port}`,
      '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=20', '-c shared_buffers=32MB',
    ].join(' ');
    check('pg_ctl start', asServer('pg_ctl', ['-D', data, '-w', '-s', '-t', '30', '-l', join(dir, 'server.log'), '-o', options, 'start']));
  } catch (error) {
    stop();
    throw error;
  }
  process.once('exit', stop);

  // The caller's PG* settings (service, password, sslmode, …) must not leak into the private server's sessions.
  const psqlEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PG')));
  psqlEnv.PGOPTIONS = '-c client_min_messages=warning -c statement_timeout=20s -c lock_timeout=5s';
  const run = (db: string, sql: string): SqlResult => {
    const r = spawnSync(psqlPath, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-v', 'VERBOSITY=verbose', '-h', dir, '-p', String(port), '-U', 'postgres', '-d', db, '-f', '-'], {
      input: sql,
      encoding: 'utf8',
      timeout: 60_000,
      env: psqlEnv,
    });
    if (r.status === 0) return { ok: true };
    if (r.error) return { ok: false, error: `psql: ${r.error.message}` };
    return { ok: false, ...firstError(r.stderr) };
  };
  const rows = (db: string, sql: string): string[] => {
    const r = spawnSync(psqlPath, ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', dir, '-p', String(port), '-U', 'postgres', '-d', db, '-c', sql], {
      encoding: 'utf8',
      timeout: 60_000,
      env: psqlEnv,
    });
    if (r.status !== 0) throw new Error(`query failed: ${r.stderr || r.error?.message}`);
    return r.stdout.split('\n').filter((line) => line !== '');
  };
  const must = (db: string, sql: string, what: string): void => {
    const r = run(db, sql);
    if (!r.ok) throw new Error(`${what}: ${r.error}${r.line !== undefined ? ` (line ${r.line})` : ''}`);
  };
  const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

  try {
    must('postgres', SUPABASE_ROLES_SQL, 'loading the Supabase roles');
    must('postgres', `CREATE DATABASE ${quote(TEMPLATE)}`, 'creating the template');
    must(TEMPLATE, SUPABASE_STUB_SQL, 'loading the Supabase stand-in');
  } catch (error) {
    stop();
    throw error;
  }

  return {
    socketDir: dir,
    port,
    run,
    rows,
    createDb(name, setupSql) {
      must('postgres', `CREATE DATABASE ${quote(name)} TEMPLATE ${quote(TEMPLATE)}`, `creating database ${name}`);
      if (setupSql?.trim()) must(name, setupSql, `setting up database ${name}`);
    },
    cloneDb(from, name) {
      must('postgres', `CREATE DATABASE ${quote(name)} TEMPLATE ${quote(from)}`, `copying database ${from} to ${name}`);
    },
    dropDb(name) {
      must('postgres', `DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`, `dropping database ${name}`);
    },
    stop() {
      process.removeListener('exit', stop);
      stop();
    },
  };
}

/**
 * A describe block whose tests share one private server, started before them and stopped after. Skipped, with a
 * warning, where no PostgreSQL server programs are installed, unless SCHEMA_GUARDIAN_REQUIRE_PG is set: CI sets it,
 * so a missing server fails there instead of passing quietly.
 */
export function describeWithPostgres(title: string, body: (pg: Postgres) => void): void {
  if (!postgresAvailable() && !process.env.SCHEMA_GUARDIAN_REQUIRE_PG) {
    console.warn(`${title}: no PostgreSQL server programs found, skipping (set PG_BIN)`);
    describe.skip(title, () => body(undefined as never));
    return;
  }
  describe(title, () => {
    let server: Postgres | undefined;
    beforeAll(async () => {
      server = await startPostgres();
    }, 60_000);
    afterAll(() => server?.stop());
    // The tests are declared before the server starts; they reach it through this stand-in once it has.
    body(new Proxy({} as Postgres, { get: (_, key) => Reflect.get(server!, key) }));
  });
}
