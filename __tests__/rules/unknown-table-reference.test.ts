import { auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'unknown-table-reference';
const found = (file: string, line: number, object: string): Found => ({ rule, severity: 'warning', file, line, object });
const PROFILES = 'CREATE TABLE IF NOT EXISTS public.profiles (id uuid PRIMARY KEY);\nCREATE OR REPLACE VIEW public.profile_names AS SELECT id FROM public.profiles;';
const APP = 'apps/web/lib/data.ts';

auditTable(rule, [
  // docs/rules/unknown-table-reference.md
  ['docs ❌: a query of a table no migration creates', {
    [MIG]: 'CREATE TABLE IF NOT EXISTS public.profiles (id uuid PRIMARY KEY, name text);',
    'app/dashboard.ts': "import { supabase } from './client';\nconst profiles = await supabase.from('profiles').select('*');\nconst notifications = await supabase.from('notifications').select('*').order('created_at');\n",
  }, [found('app/dashboard.ts', 3, 'public.notifications')]],

  ['tables and views the migrations create are known; every query method counts', {
    [MIG]: PROFILES,
    [APP]: "await supabase.from('profiles').insert({ id });\nawait supabase.from('profile_names').select();\nawait supabase.from('gone').delete().eq('id', 1);\nawait db.from(`ghost`).upsert(row);\n",
  }, [found(APP, 3, 'public.gone'), found(APP, 4, 'public.ghost')]],
  ['.schema() names the schema; the platform\'s schemas are not the migrations\' to create', {
    [MIG]: `${PROFILES}\nCREATE SCHEMA IF NOT EXISTS billing;\nCREATE TABLE IF NOT EXISTS billing.invoices (id int);`,
    [APP]: "await supabase.schema('billing').from('invoices').select();\nawait supabase.schema('billing').from('refunds').select();\nawait supabase.schema('storage').from('objects').select();\n",
  }, [found(APP, 2, 'billing.refunds')]],
  ['not a query: Array.from, a .from with no query method after it, a name only known at run time, a comment', {
    [MIG]: PROFILES,
    [APP]: "const a = Array.from('abc');\nconst q = supabase.from('later');\nconst t = supabase.from(name).select();\n// supabase.from('commented').select()\nconst s = \"supabase.from('quoted').select()\";\n",
  }, []],
  ['TSX with JSX and generics parses', {
    [MIG]: PROFILES,
    'apps/web/app/page.tsx': "export default async function Page<T,>() {\n  const { data } = await supabase.from('pages').select();\n  return <ul>{data?.map((p) => <li key={p.id}>{p.title}</li>)}</ul>;\n}\n",
  }, [found('apps/web/app/page.tsx', 2, 'public.pages')]],
  ['dependencies, build output and type declarations are not the project\'s code', {
    [MIG]: PROFILES,
    'node_modules/lib/index.js': "supabase.from('nm').select();\n",
    'apps/web/.next/server/page.js': "supabase.from('built').select();\n",
    'apps/web/dist/index.js': "supabase.from('built').select();\n",
    'types/db.d.ts': "declare const x: ReturnType<typeof supabase.from('decl').select>;\n",
  }, []],
  ['a table only a skipped migration creates is still missing', {
    [MIG]: PROFILES,
    'supabase/migrations/2025-11-05_telemetry.sql': 'CREATE TABLE IF NOT EXISTS public.telemetry (id int);',
    [APP]: "await supabase.from('telemetry').insert({ id: 1 });\n",
  }, [found(APP, 1, 'public.telemetry')]],
  ['no migrations: nothing to hold the code against', { [APP]: "await supabase.from('anything').select();\n" }, []],
  ['tables made by dynamic SQL that cannot be resolved: any table may exist, none reported', {
    [MIG]: `${PROFILES}\nDO $$ DECLARE n text; BEGIN SELECT 'dynamic' INTO n; EXECUTE 'create table ' || n || ' (id int)'; END $$;`,
    [APP]: "await supabase.from('dynamic').select();\n",
  }, []],
  ['a file that does not parse is skipped, the others still read', {
    [MIG]: PROFILES,
    'apps/web/broken.ts': "supabase.from('x').select(\n",
    [APP]: "await supabase.from('gone').select();\n",
  }, [found(APP, 1, 'public.gone')]],
]);

test('the message names the skipped migration that would create the table', async () => {
  const { analysis } = await import('./engine.js');
  const a = await analysis({
    [MIG]: PROFILES,
    'supabase/migrations/2025-11-05_telemetry.sql': 'CREATE TABLE IF NOT EXISTS public.telemetry (id int);',
    [APP]: "await supabase.from('telemetry').insert({ id: 1 });\n",
  });
  expect(a.findings.find((f) => f.rule === rule)?.message).toBe(
    "The code queries public.telemetry (supabase-js .from('telemetry')), but no applied migration creates that table or view: only supabase/migrations/2025-11-05_telemetry.sql does, and that file is never applied (see migration-skipped). On a database built from the migrations the query fails.",
  );
});

test('a code file that does not parse is named in the notes: its queries are not checked', async () => {
  const { analysis } = await import('./engine.js');
  const a = await analysis({ [MIG]: PROFILES, 'apps/web/broken.ts': "const q = supabase.from('x').select(;\n" });
  expect(a.notes.filter((n) => n.startsWith('apps/web/broken.ts'))).toEqual([expect.stringMatching(/^apps\/web\/broken\.ts:1 could not be parsed as code \(.+\), so the tables and functions it uses are not checked\.$/)]);
});
