import { describeWithPostgres } from '../helpers/postgres.js';
import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'duplicate-index';
const found = (line: number, object: string): Found => ({ rule, severity: 'warning', file: MIG, line, object });
const PROFILES = 'create table public.profiles (id uuid primary key, email text unique, name text, org uuid);';
const tree = (sql: string) => ({ [MIG]: `${PROFILES}\n${sql}` });

auditTable(rule, [
  // docs/rules/duplicate-index.md
  ['docs ❌: a unique index beside the unique constraint', tree('create unique index profiles_email_idx on public.profiles (email);'), [found(2, 'public.profiles_email_idx')]],
  ['docs ✅: an index on an expression differs', tree('create index on public.profiles (lower(email));'), []],

  ['the same index twice under two names: the later is reported', tree('create index a on public.profiles (name);\ncreate index b on public.profiles (name);'), [found(3, 'public.b')]],
  ['same expression twice', tree('create index a on public.profiles (lower(email));\ncreate index b on public.profiles (LOWER(email));'), [found(3, 'public.b')]],
  ['ASC is the default order', tree('create index a on public.profiles (name);\ncreate index b on public.profiles (name asc);'), [found(3, 'public.b')]],
  ['uniqueness differs', tree('create index a on public.profiles (email);'), []],
  ['column order differs', tree('create index a on public.profiles (name, org);\ncreate index b on public.profiles (org, name);'), []],
  ['method differs', tree('create index a on public.profiles (name);\ncreate index b on public.profiles using hash (name);'), []],
  ['predicate differs', tree('create index a on public.profiles (name);\ncreate index b on public.profiles (name) where org is not null;'), []],
  ['same predicate', tree('create index a on public.profiles (name) where org is not null;\ncreate index b on public.profiles (name) where org is not null;'), [found(3, 'public.b')]],
  ['sort order differs', tree('create index a on public.profiles (name);\ncreate index b on public.profiles (name desc);'), []],
  ['INCLUDE differs', tree('create index a on public.profiles (name);\ncreate index b on public.profiles (name) include (org);'), []],
  ['operator class differs', tree('create index a on public.profiles (name);\ncreate index b on public.profiles (name text_pattern_ops);'), []],
  ['a unique constraint on the primary key: both constraints, one reported (its message names both)', { [MIG]: 'create table public.t (id uuid primary key, constraint t_id_key unique (id));' }, [found(1, 'public.t_pkey')]],
  ['on different tables', tree('create table public.other (name text);\ncreate index a on public.profiles (name);\ncreate index b on public.other (name);'), []],
  ['the first dropped: no duplicate left', tree('create index a on public.profiles (name);\ncreate index b on public.profiles (name);\ndrop index public.a;'), []],
]);

test('the fix of a plain index is kept: DROP INDEX IF EXISTS', async () => {
  const a = await analysis(tree('create index a on public.profiles (name);\ncreate index b on public.profiles (name);'));
  expect(a.findings.find((f) => f.rule === rule)?.fix).toBe('DROP INDEX IF EXISTS public.b;');
});

test('a duplicate that is a constraint gets no fix', async () => {
  const a = await analysis({ [MIG]: 'create table public.t (id uuid primary key, constraint t_id_key unique (id));' });
  expect(a.findings.find((f) => f.rule === rule)?.fix).toBeUndefined();
});

describeWithPostgres('on PostgreSQL 15', (pg) => {
  test('a unique index beside a unique constraint is a second index; the fix drops it, keeps the constraint, and runs twice', async () => {
    const migration = `${PROFILES}\ncreate unique index profiles_email_idx on public.profiles (email);`;
    const fix = (await analysis({ [MIG]: migration })).findings.find((f) => f.rule === rule)!.fix!;
    const indexes = "select indexname from pg_indexes where tablename = 'profiles' order by indexname";
    pg.createDb('dup_fix', migration);
    try {
      expect(pg.rows('dup_fix', indexes)).toEqual(['profiles_email_idx', 'profiles_email_key', 'profiles_pkey']);
      expect(pg.run('dup_fix', fix)).toEqual({ ok: true });
      expect(pg.run('dup_fix', fix)).toEqual({ ok: true });
      expect(pg.rows('dup_fix', indexes)).toEqual(['profiles_email_key', 'profiles_pkey']);
      expect(pg.run('dup_fix', "insert into public.profiles (id, email) values (gen_random_uuid(), 'a'), (gen_random_uuid(), 'a');")).toMatchObject({ ok: false, sqlstate: '23505' });
    } finally {
      pg.dropDb('dup_fix');
    }
  });
});
