import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'non-idempotent-data';
const found = (line: number, object: string, file = MIG): Found => ({ rule, severity: 'warning', file, line, object });
const NEXT = 'supabase/migrations/20240102000000_next.sql';
const PLANS = 'CREATE TABLE IF NOT EXISTS public.plans (id text PRIMARY KEY, name text NOT NULL, price_cents integer NOT NULL);';

auditTable(rule, [
  // docs/rules/non-idempotent-data.md
  ['docs ❌: plans seeded with fixed ids', { [MIG]: `${PLANS}\nINSERT INTO public.plans (id, name, price_cents) VALUES ('free', 'Free', 0), ('pro', 'Pro', 1900);\nALTER TABLE public.plans ENABLE ROW LEVEL SECURITY;` }, [found(2, 'public.plans')]],
  ['docs ✅: ON CONFLICT DO NOTHING', { [MIG]: `${PLANS}\nINSERT INTO public.plans (id, name, price_cents) VALUES ('free', 'Free', 0), ('pro', 'Pro', 1900)\nON CONFLICT DO NOTHING;` }, []],
  ['docs ✅: keys from the default', { [MIG]: 'CREATE TABLE IF NOT EXISTS public.audit_events (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), kind text NOT NULL);\nINSERT INTO public.audit_events (kind) VALUES (\'schema-created\');' }, []],

  ['a unique column other than the key', { [MIG]: "create table if not exists tags (id serial primary key, name text unique);\ninsert into tags (name) values ('new');" }, [found(2, 'public.tags')]],
  ['a unique index made with CREATE UNIQUE INDEX', { [MIG]: "create table if not exists tags (name text);\ncreate unique index if not exists tags_name on tags (name);\ninsert into tags values ('new');" }, [found(3, 'public.tags')]],
  ['a partial unique index covers only some rows', { [MIG]: "create table if not exists tags (name text);\ncreate unique index if not exists tags_name on tags (name) where name <> '';\ninsert into tags values ('new');" }, []],
  ['a table without a key', { [MIG]: "create table if not exists log (msg text);\ninsert into log values ('x');" }, []],
  ['the rows deleted first', { [MIG]: `${PLANS}\nDELETE FROM public.plans WHERE id IN ('free', 'pro');\nINSERT INTO public.plans VALUES ('free', 'Free', 0), ('pro', 'Pro', 1900);` }, []],
  ['only some of the rows deleted first', { [MIG]: `${PLANS}\nDELETE FROM public.plans WHERE id = 'free';\nINSERT INTO public.plans VALUES ('free', 'Free', 0), ('pro', 'Pro', 1900);` }, [found(3, 'public.plans')]],
  ['a table emptied first', { [MIG]: `${PLANS}\nTRUNCATE public.plans;\nINSERT INTO public.plans VALUES ('free', 'Free', 0);` }, []],
  ['rows an earlier migration inserted are there too', { [MIG]: `${PLANS}\nINSERT INTO public.plans VALUES ('free', 'Free', 0) ON CONFLICT DO NOTHING;`, [NEXT]: "INSERT INTO public.plans VALUES ('pro', 'Pro', 1900);" }, [found(1, 'public.plans', NEXT)]],
  ['rows a query reads from a table', { [MIG]: `${PLANS}\ncreate table if not exists old_plans (id text, name text);\nINSERT INTO public.plans (id, name, price_cents) SELECT id, name, 0 FROM old_plans;` }, []],
  ['a BEFORE INSERT trigger may change the rows', {
    [MIG]: `${PLANS}\ncreate or replace function public.stamp() returns trigger language plpgsql as $$ begin new.id := new.id || '-' || now(); return new; end $$;\ndrop trigger if exists stamp on public.plans;\ncreate trigger stamp before insert on public.plans for each row execute function public.stamp();\nINSERT INTO public.plans VALUES ('free', 'Free', 0);`,
  }, []],
  ['a DELETE of the parent cascades to the rows that reference it', {
    [MIG]: 'create table if not exists parents (id int primary key);\ncreate table if not exists children (id int primary key, parent int references parents on delete cascade);\ndelete from parents;\ninsert into parents values (1);\ninsert into children values (10, 1);',
  }, []],
  ['dynamic SQL that may delete rows', {
    [MIG]: `${PLANS}\ndo $$ begin execute format('delete from %I', current_setting('app.t')); end $$;\nINSERT INTO public.plans VALUES ('free', 'Free', 0);`,
  }, []],
  ['a storage bucket (a table of the platform: its keys are not known)', { [MIG]: "insert into storage.buckets (id, name) values ('avatars', 'avatars');" }, []],
  ['inside a DO block, at its own line', { [MIG]: `${PLANS}\ndo $$\nbegin\n  INSERT INTO public.plans VALUES ('free', 'Free', 0);\nend $$;` }, [found(4, 'public.plans')]],
  ['guarded inside a DO block', { [MIG]: `${PLANS}\ndo $$ begin if not exists (select 1 from public.plans) then INSERT INTO public.plans VALUES ('free', 'Free', 0); end if; end $$;` }, []],
]);

test('the message is PostgreSQL’s, and the fix is the statement with ON CONFLICT DO NOTHING', async () => {
  const [finding] = (await analysis({ [MIG]: `${PLANS}\nINSERT INTO public.plans (id, name, price_cents) VALUES ('free', 'Free', 0) RETURNING id;` })).findings.filter((f) => f.rule === rule);
  expect(finding?.message).toBe('Fails when the migration runs again: duplicate key value violates unique constraint "plans_pkey". DETAIL: Key (id)=(free) already exists. The first run inserted these rows; insert them with ON CONFLICT DO NOTHING (or DO UPDATE) so a re-run skips them.');
  expect(finding?.fix).toBe("INSERT INTO public.plans (id, name, price_cents) VALUES ('free', 'Free', 0) ON CONFLICT DO NOTHING RETURNING id;");
});

test('a file whose re-run fails only on a duplicate key is not idempotent, and no non-idempotent-ddl', async () => {
  const a = await analysis({ [MIG]: `${PLANS}\nINSERT INTO public.plans VALUES ('free', 'Free', 0);` });
  expect(a.migrations.map((m) => m.idempotent)).toEqual([false]);
  expect(a.findings.filter((f) => f.rule === 'non-idempotent-ddl')).toEqual([]);
});

describe('columns changed after rows were inserted', () => {
  const file = (change: string, insert: string) => ({
    [MIG]: `create table if not exists t (id int primary key, code text);\ninsert into t values (1, 'a') on conflict do nothing;\n${change}\n${insert}`,
  });

  test('a column dropped and added again holds none of the old values', async () => {
    const a = await analysis(file('alter table t drop column code;\nalter table t add column code text unique;', "insert into t (id, code) values (2, 'a') on conflict (id) do nothing;"));
    expect(a.findings.filter((f) => f.rule === rule || f.rule === 'migration-fails')).toEqual([]);
  });

  test('a renamed column keeps its values: the same key again fails at once', async () => {
    const a = await analysis(file('alter table t rename column id to key;', "insert into t (key, code) values (1, 'b');"));
    expect(a.findings.filter((f) => f.rule === rule || f.rule === 'migration-fails').map((f) => `${f.rule}:${f.line}`)).toEqual(['migration-fails:4']);
  });
});
