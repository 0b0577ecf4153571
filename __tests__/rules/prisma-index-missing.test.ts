import { auditTable, MIGRATION as MIG, SCHEMA, type Found } from './engine.js';

const rule = 'prisma-index-missing';
const found = (line: number, object = 'public.posts'): Found => ({ rule, severity: 'warning', file: SCHEMA, line, object });
const POSTS = 'create table public.posts (id uuid primary key, author_id uuid not null, slug text not null, n int);';
/** A model of posts with `attrs` after its fields (from line 6), and the migration `sql` after the table. */
const tree = (attrs: string, sql = '', fields = '') => ({
  [SCHEMA]: `model Post {\n  id       String @id @db.Uuid\n  authorId String @map("author_id") @db.Uuid\n  slug     String${fields}\n  n        Int?\n${attrs}\n  @@map("posts")\n}\n`,
  [MIG]: `${POSTS}\n${sql}`,
});

auditTable(rule, [
  // docs/rules/prisma-index-missing.md
  ['docs ❌: an @@index no migration creates', tree('  @@index([authorId])'), [found(6)]],
  ['docs ✅: a migration creates it under another name', tree('  @@index([authorId])', 'create index posts_by_author on public.posts (author_id);'), []],

  ['@unique on a field, no unique index: reported at the field', tree('', '', ' @unique'), [found(4)]],
  ['@unique matched by a unique constraint', tree('', 'alter table public.posts add constraint s unique (slug);', ' @unique'), []],
  ['@unique is not enforced by a plain index', tree('', 'create index on public.posts (slug);', ' @unique'), [found(4)]],
  ['@@unique matched in another column order', tree('  @@unique([slug, authorId])', 'create unique index on public.posts (author_id, slug);'), []],
  ['@@index needs the same order', tree('  @@index([slug, authorId])', 'create index on public.posts (author_id, slug);'), [found(6)]],
  ['@@index served by the unique index on the same columns', tree('  @@index([slug])', 'create unique index on public.posts (slug);'), []],
  ['@@id on other columns than the primary key', { ...tree(''), [SCHEMA]: 'model Post {\n  authorId String @map("author_id") @db.Uuid\n  slug     String\n  @@id([authorId, slug])\n  @@map("posts")\n}\n' }, [found(4)]],
  ['@id on the primary key column', tree(''), []],
  ['a model without a table is missing-table\'s', { [SCHEMA]: 'model Other {\n  id Int @id\n  x  Int\n  @@index([x])\n}\n', [MIG]: POSTS }, []],
  ['an @@ignore model is left out', tree('  @@index([authorId])\n  @@ignore'), []],
]);
