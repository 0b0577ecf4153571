/**
 * Every re-run case of rerun.test.ts, checked against a real PostgreSQL: after the case's setup files, the file
 * must run once cleanly (else the case is wrong), and whether its second run fails must match the engine.
 *
 * Starts a private server (see helpers/postgres.ts) and stops it at the end. Skipped when no PostgreSQL server
 * programs are installed, unless SCHEMA_GUARDIAN_REQUIRE_PG is set.
 */
import { Replay } from '../../src/catalog/replay.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';
import { postgresAvailable, startPostgres, type Postgres } from '../helpers/postgres.js';
import { cleanCases, failingCases, type RerunCase } from './rerun-cases.js';

const available = postgresAvailable() || !!process.env.SCHEMA_GUARDIAN_REQUIRE_PG;
if (!available) console.warn('rerun-postgres: no PostgreSQL server programs found, skipping (set PG_BIN)');

/** A second run of a file on the database its first run left: in a transaction rolled back, unless it has its own. */
export function secondRun(pg: Postgres, db: string, sql: string, ownTransaction: boolean): ReturnType<Postgres['run']> {
  return ownTransaction ? pg.run(db, sql) : pg.run(db, `BEGIN;\n${sql}\n;\nROLLBACK;\n`);
}

function engineVerdict({ sql, setup }: RerunCase): { failsAgain: boolean; ownTransaction: boolean } {
  const files = [...setup, sql].map((text, i) => parseMigration(`m${i}.sql`, text));
  const last = files[files.length - 1]!;
  const replay = new Replay({ prismaLayout: false });
  for (const f of files) replay.add(f);
  return { failsAgain: replay.failures.some((f) => f.statement.file === last.file), ownTransaction: last.ownTransaction };
}

(available ? describe : describe.skip)('re-run verdicts agree with PostgreSQL 15', () => {
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
      const engine = engineVerdict(c);
      const second = secondRun(pg, db, c.sql, engine.ownTransaction);
      expect({ postgresFailsAgain: !second.ok, error: second.error }).toEqual({
        postgresFailsAgain: engine.failsAgain,
        error: engine.failsAgain ? expect.any(String) : undefined,
      });
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
