import { describeWithPostgres } from '../helpers/postgres.js';
import { analysis, auditTable, MIGRATION as MIG, type Found } from './engine.js';

const rule = 'unindexed-foreign-key';
const found = (line: number, object: string): Found => ({ rule, severity: 'notice', file: MIG, line, object });
const AUTHORS = 'create table public.authors (id uuid primary key, a int, b int, unique (a, b));';
const tree = (sql: string) => ({ [MIG]: `${AUTHORS}\n${sql}` });

auditTable(rule, [
  // docs/rules/unindexed-foreign-key.md
  ['docs ❌: a foreign key with no index', tree('create table public.posts (id uuid primary key, author_id uuid references public.authors (id));'), [found(2, 'public.posts.author_id')]],
  ['docs ✅: an index on the key', tree('create table public.posts (id uuid primary key, author_id uuid references public.authors (id));\ncreate index on public.posts (author_id);'), []],

  ['added by ALTER TABLE: reported where it is added', tree('create table public.posts (id uuid primary key, author_id uuid);\n\nalter table public.posts add constraint posts_author foreign key (author_id) references public.authors (id);'), [found(4, 'public.posts.author_id')]],
  ['a composite key: an index with its columns first, in another order, counts', tree('create table public.posts (id int, a int, b int, foreign key (a, b) references public.authors (a, b));\ncreate index on public.posts (b, a, id);'), []],
  ['a composite key: an index on one of its columns does not', tree('create table public.posts (id int, a int, b int, foreign key (a, b) references public.authors (a, b));\ncreate index on public.posts (a);'), [found(2, 'public.posts.a,b')]],
  ['the column second in an index does not count', tree('create table public.posts (id int, author_id uuid references public.authors (id));\ncreate index on public.posts (id, author_id);'), [found(2, 'public.posts.author_id')]],
  ['the primary key leading with it counts', tree('create table public.posts (author_id uuid references public.authors (id), n int, primary key (author_id, n));'), []],
  ['a unique constraint counts', tree('create table public.posts (author_id uuid unique references public.authors (id));'), []],
  ['a dropped index no longer counts', tree('create table public.posts (author_id uuid references public.authors (id));\ncreate index posts_a on public.posts (author_id);\ndrop index public.posts_a;'), [found(2, 'public.posts.author_id')]],
]);

test('the fix is kept: an index named as PostgreSQL names it', async () => {
  const a = await analysis(tree('create table public.posts (id uuid primary key, author_id uuid references public.authors (id));'));
  expect(a.findings.find((f) => f.rule === rule)?.fix).toBe('CREATE INDEX IF NOT EXISTS posts_author_id_idx ON public.posts (author_id);');
});

describeWithPostgres('the fix on PostgreSQL 15', (pg) => {
  test('PostgreSQL does not index the referencing side; the fix makes the index the finding names, and runs twice', async () => {
    const migration = `${AUTHORS}\ncreate table public.posts (id uuid primary key, author_id uuid references public.authors (id));`;
    const fix = (await analysis({ [MIG]: migration })).findings.find((f) => f.rule === rule)!.fix!;
    const indexes = "select indexname from pg_indexes where tablename = 'posts' order by indexname";
    pg.createDb('fk_fix', migration);
    try {
      expect(pg.rows('fk_fix', indexes)).toEqual(['posts_pkey']);
      expect(pg.run('fk_fix', fix)).toEqual({ ok: true });
      expect(pg.run('fk_fix', fix)).toEqual({ ok: true });
      expect(pg.rows('fk_fix', indexes)).toEqual(['posts_author_id_idx', 'posts_pkey']);
      // The name is the one PostgreSQL gives the same index unnamed.
      pg.run('fk_fix', 'drop index public.posts_author_id_idx; create index on public.posts (author_id);');
      expect(pg.rows('fk_fix', indexes)).toEqual(['posts_author_id_idx', 'posts_pkey']);
    } finally {
      pg.dropDb('fk_fix');
    }
  });
});
