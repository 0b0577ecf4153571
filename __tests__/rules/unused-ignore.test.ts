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
  ['turned off itself', { [MIG]: '-- schema-guardian-ignore missing-rsl: typo\nselect 1;' }, [], 'rules:\n  unused-ignore: off\n'],
]);

test.each([
  ['a known rule', '-- schema-guardian-ignore missing-rls: stale\nselect 1;', 'This schema-guardian-ignore for missing-rls silences nothing: no missing-rls finding is raised on the statement after it. Remove it.'],
  ['a misspelled rule', '-- schema-guardian-ignore missing-rsl: typo\nselect 1;', 'This schema-guardian-ignore names an unknown rule "missing-rsl" (did you mean missing-rls?).'],
  ['a whole file', '-- schema-guardian-ignore-file parse-error: none\nselect 1;', 'This schema-guardian-ignore for parse-error silences nothing: no parse-error finding is raised in this file. Remove it.'],
])('the message for %s says what to do', async (_case, sql, message) => {
  const { findings } = await analysis({ [MIG]: sql });
  expect(findings.filter((f) => f.rule === rule).map((f) => f.message)).toEqual([message]);
});
