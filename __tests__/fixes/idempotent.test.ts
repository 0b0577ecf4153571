import { idempotentForm, rerunFixCandidates } from '../../src/fixes/idempotent.js';
import { initParser, parseMigration } from '../../src/parse/sql.js';
import type { Statement } from '../../src/types.js';

beforeAll(initParser);

/** The statement of a one-statement file, or the statement inside its DO block. */
function statement(sql: string, origin: Statement['origin'] = 'top'): Statement {
  const found = parseMigration('m.sql', sql).statements.find((s) => s.origin === origin);
  if (!found) throw new Error(`no ${origin} statement in ${sql}`);
  return found;
}

test.each([
  ['ADD without COLUMN gets COLUMN IF NOT EXISTS, not itself back', 'ALTER TABLE IF EXISTS public.profiles ADD company TEXT', 'ALTER TABLE IF EXISTS public.profiles ADD COLUMN IF NOT EXISTS company TEXT;'],
  ['ADD COLUMN', 'ALTER TABLE t ADD COLUMN d int', 'ALTER TABLE t ADD COLUMN IF NOT EXISTS d int;'],
  ['ADD IF NOT EXISTS without COLUMN', 'ALTER TABLE t ADD IF NOT EXISTS d int, ADD e int', 'ALTER TABLE t ADD COLUMN IF NOT EXISTS d int, ADD COLUMN IF NOT EXISTS e int;'],
  ['a default that spells “add column” stays as written', "ALTER TABLE t ADD note text DEFAULT 'add column x'", "ALTER TABLE t ADD COLUMN IF NOT EXISTS note text DEFAULT 'add column x';"],
  ['escaped strings, quoted names and comments are not read as commands; a trailing comment does not swallow the ;', "ALTER TABLE t ADD \"add, x\" text DEFAULT E'it\\'s, add y' /* , add z */, ADD w int -- , add v", "ALTER TABLE t ADD COLUMN IF NOT EXISTS \"add, x\" text DEFAULT E'it\\'s, add y' /* , add z */, ADD COLUMN IF NOT EXISTS w int;"],
  ['DROP without COLUMN, and DROP CONSTRAINT', 'ALTER TABLE ONLY public.t DROP c, DROP CONSTRAINT t_c_check', 'ALTER TABLE ONLY public.t DROP COLUMN IF EXISTS c, DROP CONSTRAINT IF EXISTS t_c_check;'],
  ['a table the file drops later: ALTER TABLE IF EXISTS as well', 'ALTER TABLE "Job" DROP CONSTRAINT "Job_runId_fkey"', 'ALTER TABLE IF EXISTS "Job" DROP CONSTRAINT IF EXISTS "Job_runId_fkey";', 'undefined_table'],
  ['a named CHECK is dropped first', 'ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0)', 'ALTER TABLE t DROP CONSTRAINT IF EXISTS t_a_check;\nALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0);'],
  ['a key is not dropped (its index goes along, foreign keys depend on it): guarded', 'ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_key', 'DO $$\nBEGIN\n  ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_key;\nEXCEPTION WHEN invalid_table_definition THEN NULL;\nEND $$;', 'invalid_table_definition'],
  ['other subcommands are kept', 'ALTER TABLE t ADD d int, ALTER COLUMN a SET NOT NULL', 'ALTER TABLE t ADD COLUMN IF NOT EXISTS d int, ALTER COLUMN a SET NOT NULL;'],
  ['an unnamed constraint has no rewrite: guarded', 'ALTER TABLE t ADD UNIQUE (a)', 'DO $$\nBEGIN\n  ALTER TABLE t ADD UNIQUE (a);\nEXCEPTION WHEN duplicate_table THEN NULL;\nEND $$;', 'duplicate_table'],
  ['INSERT skips rows already there', 'INSERT INTO t (id) VALUES (1)', 'INSERT INTO t (id) VALUES (1) ON CONFLICT DO NOTHING;'],
  ['INSERT … RETURNING: ON CONFLICT goes before RETURNING', 'INSERT INTO t (id) SELECT max(id) + 1 FROM t RETURNING id', 'INSERT INTO t (id) SELECT max(id) + 1 FROM t ON CONFLICT DO NOTHING RETURNING id;'],
  ['a call of a function is a PERFORM inside the guard', 'SELECT setup()', 'DO $$\nBEGIN\n  PERFORM setup();\nEXCEPTION WHEN duplicate_table THEN NULL;\nEND $$;', 'duplicate_table'],
  ['CREATE POLICY', 'CREATE POLICY "Own rows" ON public.t USING (true)', 'DROP POLICY IF EXISTS "Own rows" ON public.t;\nCREATE POLICY "Own rows" ON public.t USING (true);'],
  ['a role is made when missing', "CREATE ROLE app_reader", "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_reader') THEN\n    CREATE ROLE app_reader;\n  END IF;\nEND $$;"],
  ['ALTER PUBLICATION … ADD TABLE checks the publication', "ALTER PUBLICATION supabase_realtime ADD TABLE public.t", "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_publication_tables WHERE pubname = 'supabase_realtime' AND schemaname = 'public' AND tablename = 't') THEN\n    ALTER PUBLICATION supabase_realtime ADD TABLE public.t;\n  END IF;\nEND $$;"],
])('%s', (_name, sql, expected, ...condition: string[]) => {
  // A rest parameter: a fourth named one would make jest wait for a `done` callback.
  expect(idempotentForm(statement(sql), condition[0])).toBe(expected);
});

test('inside a DO block the guard is a nested block, never a second DO, and a PERFORM stays one', () => {
  const inner = statement("DO $$\nBEGIN\n  PERFORM setup('a');\nEND $$;", 'do');
  expect(idempotentForm(inner, 'duplicate_table')).toBe("BEGIN\n  PERFORM setup('a');\nEXCEPTION WHEN duplicate_table THEN NULL;\nEND;");
  const policy = statement('DO $$\nBEGIN\n  CREATE POLICY p ON t USING (true);\nEND $$;', 'do');
  expect(idempotentForm(policy)).toBe('DROP POLICY IF EXISTS p ON t;\nCREATE POLICY p ON t USING (true);');
});

test('the candidates: the rewrite, then a guard that catches exactly the condition the re-run raises', () => {
  expect(rerunFixCandidates(statement('ALTER TABLE t ADD d int'), 'duplicate_column')).toEqual([
    'ALTER TABLE t ADD COLUMN IF NOT EXISTS d int;',
    'DO $$\nBEGIN\n  ALTER TABLE t ADD d int;\nEXCEPTION WHEN duplicate_column THEN NULL;\nEND $$;',
  ]);
  // No rewrite: the statement is never offered back as its own fix.
  expect(rerunFixCandidates(statement('ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY'), 'object_not_in_prerequisite_state')).toEqual([
    'DO $$\nBEGIN\n  ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;\nEXCEPTION WHEN object_not_in_prerequisite_state THEN NULL;\nEND $$;',
  ]);
});
