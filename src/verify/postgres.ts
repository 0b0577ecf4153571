/**
 * The URL mode: the same verification against any PostgreSQL server (a CI service container, a Supabase preview
 * branch), always inside a fresh temporary database it creates and drops, never inside an existing one.
 */
import { randomBytes } from 'node:crypto';
import pg, { type Client } from 'pg';
import { UsageError } from '../errors.js';
import type { Bounds, LiveDatabase } from './database.js';
import { FileRunner, type FileOutcome, type FilePlan, type SqlSession } from './run-file.js';
import { STAND_IN_ROLES_SQL, STAND_IN_SEARCH_PATH, STAND_IN_SQL } from './stand-in.js';

/** The URL with another database in its path: the server's own connection settings (host, socket, TLS) kept. */
function withDatabase(url: URL, database: string): string {
  const copy = new URL(url.href);
  copy.pathname = `/${encodeURIComponent(database)}`;
  return copy.href;
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError('--database-url must be a postgres:// or postgresql:// URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new UsageError(`--database-url must be a postgres:// or postgresql:// URL, not ${url.protocol}`);
  return url;
}

/** A host to name in the report, never the credentials. */
function serverName(url: URL): string {
  const socket = url.searchParams.get('host');
  return url.hostname ? `${url.hostname}${url.port ? `:${url.port}` : ''}` : socket ?? 'localhost';
}

/** Connects, creates the temporary database and installs the Supabase stand-in there. */
export async function startPostgres(rawUrl: string, bounds: Bounds): Promise<LiveDatabase> {
  const url = parseUrl(rawUrl);
  const admin = new pg.Client({ connectionString: url.href, connectionTimeoutMillis: 15_000, application_name: 'schema-guardian' });
  admin.on('error', () => {});
  try {
    await admin.connect();
  } catch (e) {
    throw new UsageError(`--database-url: cannot connect to ${serverName(url)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const name = `sg_verify_${randomBytes(6).toString('hex')}`;
  let created = false;
  let session: Client | undefined;
  try {
    const [role] = (await admin.query<{ name: string; createdb: boolean; version: string }>(
      'SELECT current_user AS name, rolcreatedb OR rolsuper AS createdb, version() AS version FROM pg_roles WHERE rolname = current_user',
    )).rows;
    if (!role?.createdb) {
      throw new UsageError(`--database-url: role ${role?.name ?? '?'} on ${serverName(url)} may not create databases (it needs CREATEDB): verification only ever runs inside a temporary database it creates and drops`);
    }
    // template0: nothing another database's template holds leaks into the replay.
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
    created = true;
    session = new pg.Client({ connectionString: withDatabase(url, name), connectionTimeoutMillis: 15_000, application_name: 'schema-guardian' });
    session.on('error', () => {});
    await session.connect();
    const client = session;
    const sql: SqlSession = {
      exec: async (text) => void (await client.query(text)),
      query: async <R>(text: string) => (await client.query<R>(text)).rows as R[],
    };
    await sql.exec(`SET client_min_messages = warning; SET statement_timeout = ${bounds.fileTimeoutMs}; SET lock_timeout = '5s'; SET idle_in_transaction_session_timeout = '${bounds.fileTimeoutMs}ms'`);
    await sql.exec(STAND_IN_ROLES_SQL).catch((e: unknown) => {
      throw new UsageError(`--database-url: the Supabase roles (anon, authenticated, service_role, …) are missing on ${serverName(url)} and role ${role.name} may not create them: ${e instanceof Error ? e.message : String(e)}`);
    });
    await sql.exec(STAND_IN_SQL);
    await sql.exec(`ALTER DATABASE ${name} SET search_path = ${STAND_IN_SEARCH_PATH}; SET search_path = ${STAND_IN_SEARCH_PATH}`);
    const version = /^PostgreSQL \S+/.exec(role.version)?.[0] ?? 'PostgreSQL';
    return new PostgresDatabase(admin, client, name, `${version} at ${serverName(url)} (temporary database ${name})`, sql);
  } catch (e) {
    await session?.end().catch(() => {});
    if (created) await dropDatabase(admin, name).catch(() => {});
    await admin.end().catch(() => {});
    throw e;
  }
}

/** WITH (FORCE) ends a session a stopped run left behind; servers before PostgreSQL 13 lack it. */
async function dropDatabase(admin: Client, name: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => admin.query(`DROP DATABASE IF EXISTS ${name}`));
}

class PostgresDatabase implements LiveDatabase {
  private readonly runner: FileRunner;
  private closed = false;

  constructor(private readonly admin: Client, private readonly session: Client, private readonly name: string, readonly description: string, private readonly sql: SqlSession) {
    this.runner = new FileRunner(sql);
  }

  baseline(): Promise<void> {
    return this.runner.baseline();
  }

  run(plan: FilePlan): Promise<FileOutcome> {
    return this.runner.run(plan);
  }

  query<R>(text: string): Promise<R[]> {
    return this.sql.query<R>(text);
  }

  exec(text: string): Promise<void> {
    return this.sql.exec(text);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.session.end().catch(() => {});
    try {
      await dropDatabase(this.admin, this.name);
    } finally {
      await this.admin.end().catch(() => {});
    }
  }
}
