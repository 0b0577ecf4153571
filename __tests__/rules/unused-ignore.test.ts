import { analysis, auditTable, DATASOURCE, MIGRATION as MIG, SCHEMA, type Found } from './engine.js';

const rule = 'unused-ignore';
const found = (line: number, file = MIG): Found => ({ rule, severity: 'warning', file, line });
const METRICS_LOG = 'CREATE TABLE IF NOT EXISTS public.metrics_log (id bigint PRIMARY KEY);\n\n';

auditTable(rule, [
  // docs/rules/unused-ignore.md
  ['docs ❌: a misspelled rule, and an ignore on a statement that re-runs fine', {
    [MIG]: `${METRICS_LOG}-- schema-guardian-ignore missing-rsl: service role only\nALTER TABLE public.metrics_log ENABLE ROW LEVEL SECURITY;\n\n-- schema-guardian-ignore non-idempotent-ddl: legacy\nCREATE TABLE IF NOT EXISTS public.referrals (id uuid PRIMARY KEY);`,
  }, [found(3), found(6)]],
  ['docs ✅: the ignore silences the finding it names', {
    [MIG]: `${METRICS_LOG}-- schema-guardian-ignore rls-no-policy: service role only\nALTER TABLE public.metrics_log ENABLE ROW LEVEL SECURITY;\n\nCREATE TABLE IF NOT EXISTS public.referrals (id uuid PRIMARY KEY);`,
  }, []],

  ['an ignore that silences nothing, and one that names no rule', {
    [MIG]: '-- schema-guardian-ignore missing-rls: stale\ncreate table if not exists a (id int);\nalter table a enable row level security;\ncreate policy p on a using (true);\n-- schema-guardian-ignore missing-rsl: typo\nselect 1;',
  }, [found(1), found(5)]],
  ['an ignore-file for a rule that raises nothing in the file', { [MIG]: '-- schema-guardian-ignore-file non-idempotent-ddl: runs once\ncreate table if not exists a (id int);' }, [found(1)]],
  ['an ignore above a Prisma model that silences nothing', {
    [MIG]: 'create table users (id int);',
    [SCHEMA]: `${DATASOURCE}/// schema-guardian-ignore missing-table: created elsewhere\nmodel User {\n  id Int @id\n  @@map("users")\n}\n`,
  }, [found(5, SCHEMA)]],
  ['one comment naming two rules: each is checked on its own', {
    [MIG]: '-- schema-guardian-ignore missing-rls, non-idempotent-ddl: lookup table\ncreate table if not exists a (id int);',
  }, [found(1)]],
  ['an ignore for a rule the config turns off silences nothing', { [MIG]: '-- schema-guardian-ignore missing-rls: public lookup\ncreate table if not exists a (id int);' }, [found(1)], 'rules:\n  missing-rls: off\n'],
  ['docs ❌: a misspelled directive', { [MIG]: '-- schema-guardian-ingore non-idempotent-ddl: created once, by hand\nCREATE TABLE public.audit_log (id bigint PRIMARY KEY);' }, [found(1)]],
  ['a directive that names no rule', { [MIG]: '-- schema-guardian-ignore: reviewed\ncreate table if not exists a (id int);\n-- schema-guardian-ignore-file\nselect 1;' }, [found(1), found(3)]],
  ['a directive in capitals, and one with a plural', { [MIG]: '-- Schema-Guardian-Ignore missing-rls: x\ncreate table if not exists a (id int);\n-- schema-guardian-ignore-files missing-rls\nselect 1;' }, [found(1), found(3)]],
  ['another word that starts like the tool: not a directive it knows', { [MIG]: '-- schema-guardian-disable missing-rls\ncreate table if not exists a (id int);' }, [found(1)]],
  ['comments that only look long are no directives', {
    [MIG]: '-- schema-migrations-applied by hand\n-- documentation-generator: skip\ncreate table if not exists a (id int);',
  }, []],
  ['a Prisma ignore written with two slashes', {
    [MIG]: 'create table if not exists users (id int);',
    [SCHEMA]: `${DATASOURCE}// schema-guardian-ignore missing-table: created elsewhere\nmodel User {\n  id Int @id\n  @@map("users")\n}\nmodel Audit {\n  id Int @id\n}\n`,
  }, [found(5, SCHEMA)]],
  ['a Prisma ignore-file: no directive in a schema', {
    [MIG]: 'create table if not exists users (id int);',
    [SCHEMA]: `${DATASOURCE}/// schema-guardian-ignore-file missing-table\nmodel Audit {\n  id Int @id\n}\n`,
  }, [found(5, SCHEMA)]],
  ['a Prisma ignore naming two rules: each is checked on its own', {
    [MIG]: 'create table if not exists users (id int);',
    [SCHEMA]: `${DATASOURCE}model User {\n  id Int @id\n  @@map("users")\n}\n/// schema-guardian-ignore missing-table, prisma-index-missing: built by hand\nmodel Audit {\n  id Int @id\n}\n`,
  }, [found(9, SCHEMA)]],
  ['turned off itself', { [MIG]: '-- schema-guardian-ignore missing-rsl: typo\nselect 1;' }, [], 'rules:\n  unused-ignore: off\n'],
]);

test.each([
  ['a known rule', '-- schema-guardian-ignore missing-rls: stale\nselect 1;', 'This schema-guardian-ignore for missing-rls silences nothing: no missing-rls finding is raised on the statement after it. Remove it.'],
  ['a misspelled rule', '-- schema-guardian-ignore missing-rsl: typo\nselect 1;', 'This schema-guardian-ignore names an unknown rule "missing-rsl" (did you mean missing-rls?).'],
  ['a whole file', '-- schema-guardian-ignore-file parse-error: none\nselect 1;', 'This schema-guardian-ignore for parse-error silences nothing: no parse-error finding is raised in this file. Remove it.'],
  ['a misspelled directive', '-- schema-guardian-ingore missing-rls: x\nselect 1;', 'This comment is not an ignore: "schema-guardian-ingore" is not a directive here (did you mean schema-guardian-ignore?), so it silences nothing.'],
  ['a directive that names no rule', '-- schema-guardian-ignore-file: reviewed\nselect 1;', 'This schema-guardian-ignore-file names no rule, so it silences nothing: name the rule after it, as in "schema-guardian-ignore-file missing-rls: reason".'],
])('the message for %s says what to do', async (_case, sql, message) => {
  const { findings } = await analysis({ [MIG]: sql });
  expect(findings.filter((f) => f.rule === rule).map((f) => f.message)).toEqual([message]);
});

test('what a misspelled directive meant to silence is still reported', async () => {
  const { findings } = await analysis({ [MIG]: '-- schema-guardian-ingore non-idempotent-ddl: runs once\ncreate table a (id int);' });
  expect(findings.map((f) => [f.rule, f.line])).toEqual(expect.arrayContaining([['unused-ignore', 1], ['non-idempotent-ddl', 2]]));
});

test('a Prisma ignore with two slashes: the message names the three', async () => {
  const { findings } = await analysis({
    [MIG]: 'create table if not exists users (id int);',
    [SCHEMA]: `${DATASOURCE}// schema-guardian-ignore missing-table: elsewhere\nmodel Audit {\n  id Int @id\n}\n`,
  });
  expect(findings.filter((f) => f.rule === rule).map((f) => f.message)).toEqual([
    'This comment is not an ignore: "// schema-guardian-ignore" is not a directive here (did you mean /// schema-guardian-ignore?), so it silences nothing.',
  ]);
  expect(findings.filter((f) => f.rule === 'missing-table').map((f) => f.line)).toEqual([6]);
});
