import { audit, DATASOURCE, MIGRATION as MIG, SCHEMA } from './engine.js';

// How ignore comments and the config silence the findings of every rule (the engine applies them, not the rules).
describe('suppression', () => {
  test('an ignore before a statement silences that statement’s finding only', async () => {
    const sql = '-- schema-guardian-ignore missing-rls: public lookup table\ncreate table a (id int);\ncreate table b (id int);';
    expect(await audit('missing-rls', { [MIG]: sql })).toEqual([{ rule: 'missing-rls', severity: 'error', file: MIG, line: 3, object: 'public.b' }]);
    expect(await audit('unused-ignore', { [MIG]: sql })).toEqual([]);
  });

  test('an ignore reaches findings inside the DO block that follows it', async () => {
    expect(await audit('non-idempotent-ddl', { [MIG]: '-- schema-guardian-ignore non-idempotent-ddl: runs once\ndo $$\nbegin\n  create table t (id int);\nend $$;' })).toEqual([]);
  });

  test('an ignore-file silences the rule in the whole file', async () => {
    expect(await audit('non-idempotent-ddl', { [MIG]: '-- schema-guardian-ignore-file non-idempotent-ddl: runs once\ncreate table a (id int);\ncreate table b (id int);' })).toEqual([]);
  });

  test('an ignore above a Prisma model', async () => {
    const files = { [MIG]: 'select 1;', [SCHEMA]: `${DATASOURCE}/// schema-guardian-ignore missing-table: created by the analytics service\nmodel Event {\n  id Int @id\n  @@map("events")\n}\n` };
    expect(await audit('missing-table', files)).toEqual([]);
  });

  test('an ignore above a Prisma model reaches the findings at its fields and indexes', async () => {
    const model = 'model Account {\n  id   Int    @id\n  name String\n  @@map("accounts")\n}\n';
    const files = (comment: string) => ({ [MIG]: 'create table accounts (id int primary key);', [SCHEMA]: `${DATASOURCE}${comment}${model}` });
    expect((await audit('prisma-column-drift', files(''))).map((f) => f.line)).toEqual([DATASOURCE.split('\n').length + 2]);
    expect(await audit('prisma-column-drift', files('/// schema-guardian-ignore prisma-column-drift: a later service adds the column\n'))).toEqual([]);
    expect(await audit('unused-ignore', files('/// schema-guardian-ignore prisma-column-drift: a later service adds the column\n'))).toEqual([]);
  });

  test('ignore-tables and rules: off in the config', async () => {
    const files = { [MIG]: 'create table a (id int);\ncreate table audit_log (id int);' };
    expect(await audit('missing-rls', files, 'ignore-tables: ["public.audit_*"]\n')).toEqual([{ rule: 'missing-rls', severity: 'error', file: MIG, line: 1, object: 'public.a' }]);
    expect(await audit('missing-rls', files, 'rules:\n  missing-rls: off\n')).toEqual([]);
  });

  test('ignore-tables silences the findings about a table\'s columns too', async () => {
    const files = { [MIG]: 'create table a (id int primary key);\ncreate table audit_log (id int, a_id int references a (id));\ncreate table b (id int, a_id int references a (id));' };
    expect(await audit('unindexed-foreign-key', files, 'ignore-tables: ["public.audit_log"]\n')).toEqual([{ rule: 'unindexed-foreign-key', severity: 'notice', file: MIG, line: 3, object: 'public.b.a_id' }]);
  });

  test('a severity set in the config replaces the default', async () => {
    expect(await audit('missing-rls', { [MIG]: 'create table a (id int);' }, 'rules:\n  missing-rls: notice\n')).toEqual([{ rule: 'missing-rls', severity: 'notice', file: MIG, line: 1, object: 'public.a' }]);
  });
});
