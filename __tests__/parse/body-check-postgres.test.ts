/**
 * Every case of body-cases.ts against a real PostgreSQL 15: a file the engine finds no problem in runs; otherwise
 * PostgreSQL stops at the statement holding the engine's first problem, with the same message, and the error's
 * position (psql's `LINE n:` inside that statement) is the engine's line.
 *
 * Starts a private server (see helpers/postgres.ts). Skipped when no PostgreSQL server programs are installed,
 * unless SCHEMA_GUARDIAN_REQUIRE_PG is set.
 */
import { initParser, parseMigration } from '../../src/parse/sql.js';
import { describeWithPostgres } from '../helpers/postgres.js';
import { bodyCases } from './body-cases.js';

describeWithPostgres('bodies PostgreSQL 15 rejects, at the line it names', (pg) => {
  let seq = 0;

  beforeAll(async () => {
    await initParser();
  }, 60_000);

  test.each(bodyCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const db = `body_${++seq}`;
    pg.createDb(db);
    try {
      const parsed = parseMigration('m.sql', c.sql);
      const result = pg.run(db, `BEGIN;\n${c.sql}\n;\nROLLBACK;\n`);
      const first = parsed.problems[0];
      if (!first) {
        expect(result).toEqual({ ok: true });
        return;
      }
      // psql names the line (of the text sent, one BEGIN line ahead) where the failing statement ends.
      const start = Math.max(...parsed.statements.filter((s) => s.origin === 'top' && s.line <= result.line! - 1).map((s) => s.line));
      expect({ line: start + result.lineInStatement! - 1, message: result.error }).toEqual({ line: first.line, message: first.message.replace(/ \(in the (PL\/pgSQL|SQL) body of .*\)$/, '') });
    } finally {
      pg.dropDb(db);
    }
  });
});
