/**
 * Every re-run case of rerun.test.ts, checked against a real PostgreSQL: after the case's setup files, the file
 * must run once cleanly (else the case is wrong), and its second run must fail at the same statement, with the same
 * SQLSTATE, as the engine's first failure for it — or succeed where the engine reports nothing.
 *
 * Starts a private server (see helpers/postgres.ts) and stops it at the end. Skipped when no PostgreSQL server
 * programs are installed, unless SCHEMA_GUARDIAN_REQUIRE_PG is set.
 */
import { Replay } from '../../src/catalog/replay.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';
import type { ParsedMigration } from '../../src/types.js';
import { postgresAvailable, startPostgres, type Postgres } from '../helpers/postgres.js';
import { cleanCases, failingCases, type RerunCase } from './rerun-cases.js';

const available = postgresAvailable() || !!process.env.SCHEMA_GUARDIAN_REQUIRE_PG;
if (!available) console.warn('rerun-postgres: no PostgreSQL server programs found, skipping (set PG_BIN)');

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

function engineStop({ sql, setup }: RerunCase): { stop?: Stop; ownTransaction: boolean } {
  const files = [...setup, sql].map((text, i) => parseMigration(`m${i}.sql`, text));
  const last = files[files.length - 1]!;
  const replay = new Replay({ prismaLayout: false });
  for (const f of files) replay.add(f);
  const first = replay.failures.find((f) => f.statement.file === last.file);
  return {
    ownTransaction: last.ownTransaction,
    ...(first && { stop: { statement: statementAt(last, first.statement.line), sqlstate: first.sqlstate } }),
  };
}

/** A second run of a file on the database its first run left: in a transaction rolled back, unless it has its own. */
function postgresStop(pg: Postgres, db: string, c: RerunCase, ownTransaction: boolean): Stop | undefined {
  const prefix = ownTransaction ? '' : 'BEGIN;\n';
  const second = pg.run(db, ownTransaction ? c.sql : `${prefix}${c.sql}\n;\nROLLBACK;\n`);
  if (second.ok) return undefined;
  if (second.line === undefined || second.sqlstate === undefined) throw new Error(`"${c.name}": psql named no line or SQLSTATE: ${second.error}`);
  const line = second.line - (prefix ? 1 : 0);
  return { statement: statementAt(parseMigration('m.sql', c.sql), line), sqlstate: second.sqlstate };
}

(available ? describe : describe.skip)('re-runs agree with PostgreSQL 15: the statement that fails and its SQLSTATE', () => {
  let pg: Postgres;
  let seq = 0;

  beforeAll(async () => {
    await initParser();
    pg = await startPostgres();
  }, 60_000);

  afterAll(() => pg?.stop());

  const check = (c: RerunCase): void => {
    const db = `case_${++seq}`;
    pg.createDb(db);
    try {
      c.setup.forEach((text, i) => {
        const r = pg.run(db, text);
        if (!r.ok) throw new Error(`setup file ${i} of "${c.name}" fails on PostgreSQL: ${r.error}`);
      });
      const first = pg.run(db, c.sql);
      if (!first.ok) throw new Error(`"${c.name}" fails on its FIRST run on PostgreSQL (the case is wrong): ${first.error}`);
      const engine = engineStop(c);
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
});
