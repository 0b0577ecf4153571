/**
 * The `missing-table` fix keeps what the model says about its table: defaults, keys, unique and plain indexes,
 * foreign keys, the enum types and schema it needs, and row level security where the project uses it. It is run on
 * PostgreSQL in fixes-postgres.test.ts.
 */
import { analysis, DATASOURCE, MIGRATION, SCHEMA } from '../rules/engine.js';
import { TASKS_SCHEMA, TEAMS_SQL } from './fixtures.js';

test('the table with its defaults, keys, indexes, enum type, foreign keys and row level security', async () => {
  const { findings } = await analysis({ [MIGRATION]: TEAMS_SQL, [SCHEMA]: TASKS_SCHEMA });
  expect(findings.filter((f) => f.rule === 'missing-table').map((f) => [f.object, f.fix])).toEqual([
    ['public.projects', expect.any(String)],
    ['public.tasks', `DO $$
BEGIN
  CREATE TYPE public.task_state AS ENUM ('open', 'done');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
CREATE TABLE IF NOT EXISTS public.tasks (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  ref text NOT NULL,
  title varchar(200) NOT NULL,
  state public.task_state NOT NULL DEFAULT 'open',
  tags text[] DEFAULT ARRAY[]::text[],
  points integer NOT NULL DEFAULT 1,
  meta jsonb NOT NULL DEFAULT '{}',
  slug text NOT NULL DEFAULT md5(random()::text),
  created_at timestamptz(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp(3) NOT NULL,
  team_id integer,
  project_id integer NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT tasks_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams (id) ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS tasks_team_id_title_key ON public.tasks (team_id, title);
CREATE INDEX IF NOT EXISTS tasks_created_at_idx ON public.tasks (created_at);
ALTER TABLE public.tasks ENABLE ROW LEVEL SECURITY;
-- Then allow what clients need, for example read-only access:
-- DROP POLICY IF EXISTS "Authenticated users can read" ON public.tasks;
-- CREATE POLICY "Authenticated users can read" ON public.tasks FOR SELECT TO authenticated USING (true);
-- Once public.projects exists: ALTER TABLE public.tasks ADD CONSTRAINT tasks_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects (id) ON DELETE CASCADE ON UPDATE CASCADE;`],
  ]);
});

test('an implicit many-to-many table: both columns as its key, the index on B, both foreign keys cascading', async () => {
  const schema = `${DATASOURCE}model Post {\n  id   Int   @id\n  tags Tag[]\n  @@map("posts")\n}\n\nmodel Tag {\n  id    Int    @id\n  posts Post[]\n  @@map("tags")\n}\n`;
  const { findings } = await analysis({ 'prisma/migrations/0_init/migration.sql': 'CREATE TABLE "posts" ("id" INT PRIMARY KEY);\nCREATE TABLE "tags" ("id" INT PRIMARY KEY);', [SCHEMA]: schema });
  expect(findings.filter((f) => f.rule === 'missing-table').map((f) => f.fix)).toEqual([`CREATE TABLE IF NOT EXISTS public."_PostToTag" (
  "A" integer NOT NULL,
  "B" integer NOT NULL,
  PRIMARY KEY ("A", "B"),
  CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES public.posts (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES public.tags (id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX IF NOT EXISTS "_PostToTag_B_index" ON public."_PostToTag" ("B");`]);
});

test('a model in a schema no migration creates: the schema comes first', async () => {
  const schema = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n  schemas  = ["public", "billing"]\n}\n\nmodel Invoice {\n  id Int @id @default(autoincrement())\n  @@map("invoices")\n  @@schema("billing")\n}\n';
  const { findings } = await analysis({ [MIGRATION]: 'select 1;', [SCHEMA]: schema });
  expect(findings.filter((f) => f.rule === 'missing-table').map((f) => f.fix)).toEqual([
    'CREATE SCHEMA IF NOT EXISTS billing;\nCREATE TABLE IF NOT EXISTS billing.invoices (\n  id serial NOT NULL,\n  PRIMARY KEY (id)\n);',
  ]);
});
