import { auditTable, MIGRATION as MIG, SCHEMA, type Found } from './engine.js';

const rule = 'prisma-column-drift';
const found = (line: number, object: string): Found => ({ rule, severity: 'warning', file: SCHEMA, line, object });
/** A model `T` of table `t` with one field `f` typed `type` (line 3), and the table with column `f` of `column`. */
const field = (type: string, column: string, before = '') => ({
  [SCHEMA]: `${before}model T {\n  id Int @id\n  f  ${type}\n  @@map("t")\n}\n`,
  [MIG]: `create table public.t (id integer primary key, f ${column});`,
});
const at = (line: number) => [found(line, 'public.t.f')];

auditTable(rule, [
  // docs/rules/prisma-column-drift.md
  ['docs ❌: DateTime on timestamptz', field('DateTime', 'timestamptz'), at(3)],
  ['docs ✅: DateTime @db.Timestamptz on timestamptz', field('DateTime @db.Timestamptz(6)', 'timestamptz'), []],

  ['a field whose column is missing', { [SCHEMA]: 'model T {\n  id Int @id\n  f  String\n  @@map("t")\n}\n', [MIG]: 'create table public.t (id integer primary key);' }, at(3)],
  ['a column the model lacks is not reported', { [SCHEMA]: 'model T {\n  id Int @id\n  @@map("t")\n}\n', [MIG]: 'create table public.t (id integer primary key, f text);' }, []],
  ['String on text', field('String', 'text'), []],
  ['String on varchar(255)', field('String', 'varchar(255)'), at(3)],
  ['String @db.VarChar(255) on character varying(255)', field('String @db.VarChar(255)', 'character varying(255)'), []],
  ['String @db.VarChar(100) on varchar(255)', field('String @db.VarChar(100)', 'varchar(255)'), at(3)],
  ['String @db.Uuid on uuid', field('String @db.Uuid', 'uuid'), []],
  ['String on uuid', field('String', 'uuid'), at(3)],
  ['DateTime on timestamp(3), as prisma migrate writes it', field('DateTime', 'timestamp(3)'), []],
  ['Decimal on decimal(65,30)', field('Decimal', 'decimal(65,30)'), []],
  ['Float on double precision', field('Float', 'double precision'), []],
  ['Int on integer from serial', field('Int', 'serial'), []],
  ['BigInt on integer', field('BigInt', 'integer'), at(3)],
  ['Json on jsonb', field('Json', 'jsonb'), []],
  ['Json on json', field('Json', 'json'), at(3)],
  ['Json @db.Json on json', field('Json @db.Json', 'json'), []],
  ['String[] on text[]', field('String[]', 'text[]'), []],
  ['String[] on text', field('String[]', 'text'), at(3)],
  ['an enum on its type, quoted as prisma migrate writes it', { ...field('Role', '"Role"', 'enum Role {\n  A\n}\n'), [MIG]: 'create type "Role" as enum (\'A\');\ncreate table public.t (id integer primary key, f "Role");' }, []],
  ['an enum on another enum', { ...field('Role', '"Kind"', 'enum Role {\n  A\n}\n'), [MIG]: 'create type "Role" as enum (\'A\');\ncreate type "Kind" as enum (\'A\');\ncreate table public.t (id integer primary key, f "Kind");' }, at(6)],
  ['an enum renamed into place the way prisma migrate swaps enums: the replay does not follow it into the column, so not compared', { ...field('Role', '"Role"', 'enum Role {\n  A\n}\n'), [MIG]: 'create type "Role" as enum (\'A\');\ncreate table public.t (id integer primary key, f "Role");\ncreate type "Role_new" as enum (\'A\');\nalter table public.t alter column f type "Role_new" using (f::text::"Role_new");\ndrop type "Role";\nalter type "Role_new" rename to "Role";' }, []],
  ['a domain is not compared', { ...field('String', 'email'), [MIG]: 'create domain email as text;\ncreate table public.t (id integer primary key, f email);' }, []],
  ['Unsupported is not compared', field('Unsupported("tsvector")?', 'tsvector'), []],
  ['a relation field maps to no column', { [SCHEMA]: 'model T {\n  id Int @id\n  u  U @relation(fields: [id], references: [id])\n  @@map("t")\n}\nmodel U {\n  id Int @id\n  t  T?\n  @@map("u")\n}\n', [MIG]: 'create table public.t (id integer primary key);\ncreate table public.u (id integer primary key);' }, []],
]);
