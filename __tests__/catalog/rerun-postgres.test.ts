/**
 * Every re-run case of rerun.test.ts, checked against a real PostgreSQL: after the case's setup files, the file
 * must run once cleanly (else the case is wrong), and its second run must fail at the same statement, with the same
 * SQLSTATE, as the engine's first failure for it — or succeed where the engine reports nothing. Every first-run case
 * must fail on its first run, at the statement and with the SQLSTATE of the engine's first first-run failure.
 *
 * Starts a private server (see helpers/postgres.ts) and stops it at the end. Skipped when no PostgreSQL server
 * programs are installed, unless SCHEMA_GUARDIAN_REQUIRE_PG is set.
 */
import { Replay } from '../../src/catalog/replay.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';
import type { ParsedMigration } from '../../src/types.js';
import { describeWithPostgres, type Postgres } from '../helpers/postgres.js';
import { cleanCases, failingCases, firstRunCases, type RerunCase } from './rerun-cases.js';

/** Where a second run stops: the first line of the top-level statement that fails, and the SQLSTATE it raises. */
interface Stop {
  statement: number;
  sqlstate: string;
}

/**
 * The top-level statement holding a line: the last one starting at or before it. psql names the line a failing
 * statement ends on; the engine names the line of the statement inside a DO block or function body that fails.
 */
function statementAt(file: ParsedMigration, line: number): number {
  const starts = file.statements.filter((s) => s.origin === 'top').map((s) => s.line);
  return Math.max(...starts.filter((start) => start <= line));
}

/** Where the engine says the last file stops, on its second run (`again`) or on its first. */
function engineStop({ sql, setup }: RerunCase, run: 'first' | 'again'): { stop?: Stop; ownTransaction: boolean } {
  const files = [...setup, sql].map((text, i) => parseMigration(`m${i}.sql`, text));
  const last = files[files.length - 1]!;
  const replay = new Replay({ prismaLayout: false });
  for (const f of files) replay.add(f);
  const first = (run === 'first' ? replay.firstRunFailures : replay.failures).find((f) => f.statement.file === last.file);
  return {
    ownTransaction: last.ownTransaction,
    ...(first && { stop: { statement: statementAt(last, first.statement.line), sqlstate: first.sqlstate } }),
  };
}

/** A run of a file: in a transaction rolled back, unless it has its own. */
function postgresStop(pg: Postgres, db: string, c: RerunCase, ownTransaction: boolean): Stop | undefined {
  const prefix = ownTransaction ? '' : 'BEGIN;\n';
  const run = pg.run(db, ownTransaction ? c.sql : `${prefix}${c.sql}\n;\nROLLBACK;\n`);
  if (run.ok) return undefined;
  if (run.line === undefined || run.sqlstate === undefined) throw new Error(`"${c.name}": psql named no line or SQLSTATE: ${run.error}`);
  const line = run.line - (prefix ? 1 : 0);
  return { statement: statementAt(parseMigration('m.sql', c.sql), line), sqlstate: run.sqlstate };
}

describeWithPostgres('re-runs agree with PostgreSQL 15: the statement that fails and its SQLSTATE', (pg) => {
  let seq = 0;

  beforeAll(async () => {
    await initParser();
  }, 60_000);

  const check = (c: RerunCase, run: 'first' | 'again' = 'again'): void => {
    const db = `case_${++seq}`;
    pg.createDb(db);
    try {
      c.setup.forEach((text, i) => {
        const r = pg.run(db, text);
        if (!r.ok) throw new Error(`setup file ${i} of "${c.name}" fails on PostgreSQL: ${r.error}`);
      });
      const engine = engineStop(c, run);
      if (run === 'again') {
        const first = pg.run(db, c.sql);
        if (!first.ok) throw new Error(`"${c.name}" fails on its FIRST run on PostgreSQL (the case is wrong): ${first.error}`);
      } else if (!engine.stop) throw new Error(`"${c.name}": the engine finds no first-run failure`);
      expect(postgresStop(pg, db, c, engine.ownTransaction)).toEqual(engine.stop);
    } finally {
      pg.dropDb(db);
    }
  };

  describe('re-runs cleanly', () => {
    test.each(cleanCases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
  });

  describe('fails on a second run', () => {
    test.each(failingCases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
  });

  describe('fails on the first run', () => {
    test.each(firstRunCases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c, 'first'));
  });
});

/**
 * Statements that fail because what they create exists, on the second run or (named as something else) on the first:
 * the engine words the failure as PostgreSQL does.
 */
const DUPLICATES = [
  ['a table, written qualified', 'again', 'CREATE TABLE public.plans (id int);'],
  ['a view', 'again', 'CREATE VIEW public.v AS SELECT 1 AS one;'],
  ['a materialized view', 'again', 'CREATE MATERIALIZED VIEW public.mv AS SELECT 1 AS one;'],
  ['a sequence', 'again', 'CREATE SEQUENCE public.s;'],
  ['an index', 'again', 'CREATE TABLE IF NOT EXISTS public.t (id int);\nCREATE INDEX t_id ON public.t (id);'],
  ['an enum type', 'again', "CREATE TYPE public.mood AS ENUM ('ok');"],
  ['a composite type', 'again', 'CREATE TYPE public.pair AS (a int, b int);'],
  ['a function', 'again', 'CREATE FUNCTION public.add_one(a int, b text) RETURNS int LANGUAGE sql AS $$ SELECT a + 1 $$;'],
  ['a composite type named as a table', 'first', 'CREATE TABLE public.pairs (id int);\nCREATE TYPE public.pairs AS (a int);'],
  ['a composite type named as a sequence', 'first', 'CREATE SEQUENCE public.counter;\nCREATE TYPE public.counter AS (a int);'],
  ['a table named as an enum type', 'first', "CREATE TYPE public.status AS ENUM ('on');\nCREATE TABLE public.status (id int);"],
] as const;

describeWithPostgres('a failure to create what exists says what PostgreSQL says', (pg) => {
  let seq = 0;
  beforeAll(async () => {
    await initParser();
  }, 60_000);

  test.each(DUPLICATES)('%s (%s run)', (_name, run, sql) => {
    const db = `message_${++seq}`;
    pg.createDb(db);
    try {
      const first = pg.run(db, sql);
      expect(first.ok).toBe(run === 'again');
      const failed = run === 'again' ? pg.run(db, sql) : first;
      const replay = new Replay({ prismaLayout: false });
      replay.add(parseMigration('m.sql', sql));
      expect((run === 'again' ? replay.failures : replay.firstRunFailures).map((f) => f.reason)).toEqual([failed.error]);
    } finally {
      pg.dropDb(db);
    }
  });
});
