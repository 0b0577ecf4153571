/**
 * What missing-extension and extension-in-public claim, on a real PostgreSQL 15 with the Supabase stand-in (the
 * `extensions` schema on the search path, as Supabase sets it): the statement the rule reports is the one that fails
 * without the extension, the fix it suggests makes the history run (twice), and the move it suggests moves it.
 */
import { describeWithPostgres } from '../helpers/postgres.js';
import { analysis, MIGRATION as MIG } from './engine.js';

const SUPABASE_PATH = 'SET search_path = public, extensions;\n';

/** Histories whose only problem is a missing extension, one statement a line: each is reported once, at the line PostgreSQL fails on. */
const CASES: { name: string; extension: string; sql: string; sqlstate: string }[] = [
  {
    name: 'a trigram operator class in an index', extension: 'pg_trgm', sqlstate: '42704',
    sql: 'CREATE TABLE public.articles (id bigint PRIMARY KEY, title text);\nCREATE INDEX articles_trgm ON public.articles USING gin (title gin_trgm_ops);',
  },
  { name: 'a citext column', extension: 'citext', sqlstate: '42704', sql: 'CREATE TABLE public.users (id int PRIMARY KEY, email citext);' },
  {
    name: 'similarity() in a SQL function body', extension: 'pg_trgm', sqlstate: '42883',
    sql: 'CREATE TABLE public.t (title text);\nCREATE FUNCTION public.close_to(q text) RETURNS SETOF public.t LANGUAGE sql AS $$ SELECT * FROM public.t WHERE similarity(title, q) > 0.3 $$;',
  },
  {
    name: 'moddatetime() as a trigger function', extension: 'moddatetime', sqlstate: '42883',
    sql: 'CREATE TABLE public.t (id int, updated_at timestamptz);\nCREATE TRIGGER t_updated BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE PROCEDURE moddatetime(updated_at);',
  },
];

describeWithPostgres('missing-extension and extension-in-public on PostgreSQL 15', (pg) => {
  let seq = 0;

  test.each(CASES.map((c) => [c.name, c] as const))('%s: reported where PostgreSQL fails, and the fix makes it run twice', async (_name, c) => {
    const [finding] = (await analysis({ [MIG]: c.sql })).findings.filter((f) => f.rule === 'missing-extension');
    expect(finding).toMatchObject({ object: c.extension, file: MIG });
    const db = `ext_${++seq}`;
    pg.createDb(db);
    try {
      // In a transaction, so what ran before the failure is rolled back when the session ends.
      const without = pg.run(db, `BEGIN; ${SUPABASE_PATH}${c.sql}`);
      expect({ ok: without.ok, sqlstate: without.sqlstate, line: (without.line ?? 0) - 1 }).toEqual({ ok: false, sqlstate: c.sqlstate, line: finding?.line });
      const fix = finding?.fix ?? '';
      expect(fix).toContain(`WITH SCHEMA extensions;`);
      expect(pg.run(db, `${SUPABASE_PATH}${fix}\n${fix}\n${c.sql}`)).toEqual({ ok: true });
    } finally {
      pg.dropDb(db);
    }
  });

  test('the move extension-in-public suggests runs twice and leaves the extension in extensions', async () => {
    const sql = 'CREATE EXTENSION IF NOT EXISTS pg_trgm;';
    const [finding] = (await analysis({ [MIG]: sql })).findings.filter((f) => f.rule === 'extension-in-public');
    const db = `ext_${++seq}`;
    pg.createDb(db);
    try {
      expect(pg.run(db, sql)).toEqual({ ok: true });
      expect(pg.rows(db, "SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'pg_trgm'")).toEqual(['public']);
      expect(pg.run(db, `${finding?.fix}\n${finding?.fix}`)).toEqual({ ok: true });
      expect(pg.rows(db, "SELECT extnamespace::regnamespace FROM pg_extension WHERE extname = 'pg_trgm'")).toEqual(['extensions']);
      // The statement the page recommends instead runs twice too.
      expect(pg.run(db, 'CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA extensions;\nCREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA extensions;')).toEqual({ ok: true });
    } finally {
      pg.dropDb(db);
    }
  });
});
