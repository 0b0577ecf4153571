import type { TableInfo } from '../../src/types.js';
import { prismaModelFromTable, type ModelContext } from '../../src/fixes/prisma-model.js';
import { column, index, tableInfo } from '../report/build.js';

const users = tableInfo('users', { columns: [column('id', 'uuid', { notNull: true })], primaryKey: ['id'] });

test('a Supabase table: PascalCase model, camelCase fields mapped back, db pull types, defaults and the forward relation', () => {
  const sessions = tableInfo('user_sessions', {
    columns: [
      column('id', 'uuid', { notNull: true, default: 'gen_random_uuid()', generated: true }),
      column('user_id', 'uuid', { notNull: true }),
      column('token', 'varchar(64)', { notNull: true }),
      column('created_at', 'timestamptz', { notNull: true, default: 'now()' }),
      column('expires_at', 'timestamp'),
      column('data', 'jsonb', { notNull: true, default: "'{}'::jsonb" }),
      column('tags', 'text[]'),
      column('score', 'numeric(10,2)'),
      column('attempts', 'smallint', { notNull: true, default: '0' }),
      column('active', 'boolean', { notNull: true, default: 'true' }),
      column('kind', 'text', { default: "'web'::text" }),
      column('search', 'tsvector'),
    ],
    primaryKey: ['id'],
    uniques: [['token']],
    foreignKeys: [{ columns: ['user_id'], refTable: 'public.users', refColumns: ['id'], onDelete: 'Cascade' }],
    indexes: [
      index('user_sessions_pkey', ['id'], { unique: true, constraint: true }),
      index('user_sessions_token_key', ['token'], { unique: true, constraint: true }),
      index('idx_user_sessions_user_id', ['user_id']),
      index('user_sessions_created_at_idx', ['created_at']),
    ],
  });
  expect(prismaModelFromTable(sessions, context([users, sessions]))).toBe(`model UserSessions {
  id        String                   @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  userId    String                   @map("user_id") @db.Uuid
  token     String                   @unique @db.VarChar(64)
  createdAt DateTime                 @default(now()) @map("created_at") @db.Timestamptz(6)
  expiresAt DateTime?                @map("expires_at") @db.Timestamp(6)
  data      Json                     @default("{}")
  tags      String[]
  score     Decimal?                 @db.Decimal(10, 2)
  attempts  Int                      @default(0) @db.SmallInt
  active    Boolean                  @default(true)
  kind      String?                  @default("web")
  search    Unsupported("tsvector")?
  users     Users                    @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@index([userId], map: "idx_user_sessions_user_id")
  @@index([createdAt])
  @@map("user_sessions")
}`);
});

test('a table in another schema: composite key, serial id, two relations to one table named apart, a relation to an unknown table left out, no @@map when the name is already PascalCase', () => {
  const audit = tableInfo('AuditEntry', {
    schema: 'audit',
    columns: [
      column('seq', 'integer', { notNull: true, default: 'autoincrement()', generated: true }),
      column('at', 'date', { notNull: true }),
      column('actor_id', 'uuid'),
      column('target_id', 'uuid', { notNull: true }),
      column('payload', 'json'),
      column('price', 'real'),
      column('blob', 'bytea'),
      column('ratio', 'double precision'),
    ],
    primaryKey: ['seq', 'at'],
    foreignKeys: [
      { columns: ['actor_id'], refTable: 'public.users', refColumns: ['id'], onDelete: 'SetNull' },
      { columns: ['target_id'], refTable: 'public.users', refColumns: ['id'], onDelete: 'NoAction' },
      { columns: ['seq'], refTable: 'auth.identities', refColumns: ['id'] },
    ],
    indexes: [index('audit_entry_actor_target', ['actor_id', 'target_id'], { unique: true })],
  });
  expect(prismaModelFromTable(audit, context([users, audit]))).toBe(`model AuditEntry {
  seq           Int      @default(autoincrement())
  at            DateTime @db.Date
  actorId       String?  @map("actor_id") @db.Uuid
  targetId      String   @map("target_id") @db.Uuid
  payload       Json?    @db.Json
  price         Float?   @db.Real
  blob          Bytes?
  ratio         Float?
  usersActorId  Users?   @relation("AuditEntry_actor_idToUsers", fields: [actorId], references: [id], onDelete: SetNull)
  usersTargetId Users    @relation("AuditEntry_target_idToUsers", fields: [targetId], references: [id])

  @@id([seq, at])
  @@unique([actorId, targetId], map: "audit_entry_actor_target")
  @@schema("audit")
}`);
});

function context(tables: TableInfo[], models = new Map<string, string>(), enums = new Set<string>()): ModelContext {
  return { tables: new Map(tables.map((t) => [`${t.schema}.${t.name}`, t])), models, enums };
}

test('a relation to a table the schema already models names that model', () => {
  const users = tableInfo('users', { columns: [column('id', 'uuid', { notNull: true })], primaryKey: ['id'] });
  const notes = tableInfo('notes', {
    columns: [column('id', 'integer', { notNull: true }), column('user_id', 'uuid', { notNull: true })],
    primaryKey: ['id'],
    foreignKeys: [{ columns: ['user_id'], refTable: 'public.users', refColumns: ['id'] }],
  });
  expect(prismaModelFromTable(notes, context([users, notes], new Map([['public.users', 'User']])))).toBe(`model Notes {
  id     Int    @id
  userId String @map("user_id") @db.Uuid
  users  User   @relation(fields: [userId], references: [id])

  @@map("notes")
}`);
});

test('a column of an enum the migrations create gets the enum, as prisma db pull names it', () => {
  const posts = tableInfo('posts', {
    columns: [column('id', 'integer', { notNull: true }), column('status', 'status', { notNull: true, default: "'draft'::status" }), column('tags', 'billing.plan[]')],
    primaryKey: ['id'],
  });
  expect(prismaModelFromTable(posts, context([posts], new Map(), new Set(['status', 'billing.plan'])))).toBe(`model Posts {
  id     Int    @id
  status status @default(draft)
  tags   plan[]

  @@map("posts")
}`);
});
