import { analysis, auditTable, DATASOURCE, MIGRATION as MIG, SCHEMA, type Found } from './engine.js';

const rule = 'missing-model';
const found = (file: string, line: number, object: string): Found => ({ rule, severity: 'warning', file, line, object });
const NOTIFICATIONS = 'supabase/migrations/20250110000000_notifications.sql';
const NOTIFICATIONS_SQL = `-- supabase/migrations/20250110000000_notifications.sql
CREATE TABLE IF NOT EXISTS public.notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL,
  body text NOT NULL,
  read_at timestamptz
);`;
const USER = 'model User {\n  id String @id @db.Uuid\n\n  @@map("users")\n}\n';
const NOTIFICATION = 'model Notification {\n  id     String    @id @db.Uuid\n  userId String    @map("user_id") @db.Uuid\n  body   String\n  readAt DateTime? @map("read_at") @db.Timestamptz(6)\n\n  @@map("notifications")\n}\n';
const USERS_MODEL = `${DATASOURCE}model User {\n  id Int @id\n  @@map("users")\n}\n`;

auditTable(rule, [
  // docs/rules/missing-model.md
  ['docs ❌: a table no model maps', { [NOTIFICATIONS]: NOTIFICATIONS_SQL, [SCHEMA]: USER }, [found(NOTIFICATIONS, 2, 'public.notifications')]],
  ['docs ✅: a model maps it', { [NOTIFICATIONS]: NOTIFICATIONS_SQL, [SCHEMA]: `${USER}\n${NOTIFICATION}` }, []],

  ['a table without a model, next to one with', { [MIG]: 'create table users (id int primary key);\ncreate table workflow_runs (id uuid primary key);', [SCHEMA]: USERS_MODEL }, [found(MIG, 2, 'public.workflow_runs')]],
  ['every table mapped', { [MIG]: 'create table users (id int primary key);', [SCHEMA]: USERS_MODEL }, []],
  ['no Prisma schema at all', { [MIG]: 'create table users (id int primary key);' }, []],
  ['a table in a schema no model uses', { [MIG]: 'create schema if not exists audit;\ncreate table audit.log (id int);', [SCHEMA]: USERS_MODEL }, []],
  ['Prisma Migrate’s own _prisma_migrations', { 'prisma/migrations/0_init/migration.sql': 'CREATE TABLE "users" ("id" INT PRIMARY KEY);', [SCHEMA]: USERS_MODEL }, []],
]);

test('the fix is a model generated from the table’s columns', async () => {
  const { findings } = await analysis({ [MIG]: 'create table users (id int primary key);\ncreate table workflow_runs (id uuid primary key, status text not null);', [SCHEMA]: USERS_MODEL });
  const fix = findings.find((f) => f.rule === rule)?.fix;
  expect(fix).toMatch(/^model WorkflowRuns \{/);
  expect(fix).toContain('@@map("workflow_runs")');
});
