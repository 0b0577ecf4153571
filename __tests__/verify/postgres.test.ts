/**
 * Live verification with --database-url against a PostgreSQL 15 server the test starts (helpers/postgres.ts): the
 * same judgement as on PGlite, always inside a temporary database it creates and drops, a clear error for a role
 * that may not create one, and no SQL that would reach the network.
 *
 * Skipped when no PostgreSQL server programs are installed, unless SCHEMA_GUARDIAN_REQUIRE_PG is set.
 */
import { UsageError } from '../../src/errors.js';
import { diskSnapshot } from '../../src/sources/snapshot.js';
import { judgedLive } from '../../src/verify/verify.js';
import { describeWithPostgres } from '../helpers/postgres.js';
import { brief, MIGRATIONS, verified } from './live.js';

const file = (version: string, name: string) => `${MIGRATIONS}/${version}_${name}.sql`;

describeWithPostgres('live verification against a PostgreSQL server (--database-url)', (pg) => {
  const url = (user = 'postgres') => `postgresql://${user}@localhost:${pg.port}/postgres?host=${encodeURIComponent(pg.socketDir)}`;
  const leftovers = () => pg.rows('postgres', "SELECT datname FROM pg_database WHERE datname LIKE 'sg\\_verify\\_%'");

  it('judges the example app as PGlite does, in a temporary database it drops afterwards', async () => {
    const { analysis, v } = await verified(diskSnapshot('examples/saas-app'), { databaseUrl: url() });
    expect(v.database).toMatch(/^PostgreSQL 15\.\d+ at .+ \(temporary database sg_verify_[0-9a-f]{12}\)$/);
    expect(v.confirmed).toEqual(analysis.findings.filter((f) => judgedLive(f.rule)));
    expect({ dropped: v.dropped, added: v.added, notes: v.notes }).toEqual({ dropped: [], added: [], notes: [] });
    expect(leftovers()).toEqual([]);
  });

  it("reports a file the server rejects at its error position, with the server's message", async () => {
    const { v } = await verified({
      [file('20240101000000', 'init')]: 'CREATE TABLE IF NOT EXISTS public.items (id int PRIMARY KEY);\nALTER TABLE public.items ENABLE ROW LEVEL SECURITY;\n',
      [file('20240102000000', 'typo')]: 'ALTER TABLE public.items\n  ADD COLUMN IF NOT EXISTS price int,\n  ALTER COLUMN cost SET DEFAULT 0;\n',
    }, { databaseUrl: url() });
    const failure = v.findings.find((f) => f.rule === 'migration-fails')!;
    expect(brief(failure)).toEqual({ rule: 'migration-fails', file: file('20240102000000', 'typo'), line: 1, object: 'public.items', verified: true });
    expect(failure.message).toContain('column "cost" of relation "items" does not exist');
    expect(leftovers()).toEqual([]);
  });

  it('refuses a role that may not create databases, in one line that says why', async () => {
    pg.run('postgres', 'CREATE ROLE sg_no_createdb LOGIN');
    const attempt = verified({ [file('20240101000000', 'init')]: 'SELECT 1;\n' }, { databaseUrl: url('sg_no_createdb') });
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(/^--database-url: role sg_no_createdb on .+ may not create databases \(it needs CREATEDB\): verification only ever runs inside a temporary database it creates and drops$/);
  });

  it('never runs SQL that would reach the network on the server', async () => {
    const { v } = await verified({
      [file('20240101000000', 'remote')]: "CREATE EXTENSION IF NOT EXISTS dblink;\nSELECT dblink_connect('host=db.example.com dbname=prod');\n",
    }, { databaseUrl: url() });
    expect(v.notes[0]).toBe(`Live verification: ${file('20240101000000', 'remote')} did not apply on the verification database (it reaches the network (dblink, postgres_fdw, http, pg_net): the URL mode never runs such SQL on the server); it and the findings that depend on it are unverified.`);
    expect(pg.rows('postgres', "SELECT count(*)::text FROM pg_extension WHERE extname = 'dblink'")).toEqual(['0']);
    expect(leftovers()).toEqual([]);
  });
});
