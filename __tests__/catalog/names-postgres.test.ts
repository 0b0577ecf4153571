/**
 * Every case of names-cases.ts against a real PostgreSQL 15: the relations and constraints of schema public after
 * the migration are the ones the case lists (and so the ones the engine predicts, names.test.ts).
 *
 * Starts a private server (see helpers/postgres.ts). Skipped when no PostgreSQL server programs are installed,
 * unless SCHEMA_GUARDIAN_REQUIRE_PG is set.
 */
import { describeWithPostgres } from '../helpers/postgres.js';
import { namesCases } from './names-cases.js';

describeWithPostgres('the names PostgreSQL 15 makes up', (pg) => {
  let seq = 0;

  test.each(namesCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const db = `names_${++seq}`;
    pg.createDb(db);
    try {
      const run = pg.run(db, c.sql);
      if (!run.ok) throw new Error(`"${c.name}" fails on PostgreSQL: ${run.error}`);
      expect({
        relations: pg.rows(db, "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'i', 'S', 'v', 'm', 'f') ORDER BY relname COLLATE \"C\""),
        constraints: pg.rows(db, "SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname COLLATE \"C\""),
      }).toEqual({ relations: [...c.relations].sort(), constraints: [...c.constraints].sort() });
    } finally {
      pg.dropDb(db);
    }
  });
});
