/**
 * The `missing-model` fix, from the table the migrations create to a model Prisma's own schema engine accepts: each
 * row audits a small repository, applies the fix the engine shows to its schema, validates the result with
 * @prisma/prisma-schema-wasm, and audits again: the table is mapped.
 */
import { createRequire } from 'node:module';
import { applyModelFix } from '../../src/fixes/prisma-model.js';
import { analysis, DATASOURCE, MIGRATION, SCHEMA } from '../rules/engine.js';

const require = createRequire(import.meta.url);
const prismaEngine = require('@prisma/prisma-schema-wasm') as { validate(params: string): void };

/** Prisma 7's engine refuses connection URLs in the schema; they say nothing about the models. */
function validate(text: string): void {
  prismaEngine.validate(JSON.stringify({ prismaSchema: [[SCHEMA, text.replace(/^\s*url\s*=.*$/gm, '')]], noColor: true }));
}

const USER = 'model User {\n  id    String @id @db.Uuid\n  email String @unique\n\n  @@map("users")\n}\n';
const USERS_SQL = 'CREATE TABLE IF NOT EXISTS public.users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE);\n';

/** The fix shown for the table, after checking it validates and maps the table. */
async function modelFix(sql: string, schema: string, table: string): Promise<string> {
  validate(schema);
  const before = await analysis({ [MIGRATION]: sql, [SCHEMA]: schema });
  const finding = before.findings.find((f) => f.rule === 'missing-model' && f.object === table);
  if (!finding?.fix) throw new Error(`no missing-model fix for ${table}: ${finding?.message}`);
  const [edited] = applyModelFix([{ path: SCHEMA, text: schema }], finding.fix)!;
  expect(() => validate(edited!.text)).not.toThrow();
  const after = await analysis({ [MIGRATION]: sql, [SCHEMA]: edited!.text });
  expect(after.findings.filter((f) => f.rule === 'missing-model' && f.object === table)).toEqual([]);
  return finding.fix;
}

test('a Supabase table: PascalCase model, camelCase fields mapped back, db pull types and defaults, the relation with its other side', async () => {
  const sql = `${USERS_SQL}CREATE TABLE public.user_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  token varchar(64) NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamp,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  tags text[],
  score numeric(10,2),
  attempts smallint NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  kind text DEFAULT 'web',
  search tsvector
);
CREATE INDEX idx_user_sessions_user_id ON public.user_sessions (user_id);`;
  expect(await modelFix(sql, `${DATASOURCE}${USER}`, 'public.user_sessions')).toBe(`model UserSessions {
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
  users     User                     @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@index([userId], map: "idx_user_sessions_user_id")
  @@map("user_sessions")
}

// Add to model User:
//   userSessions UserSessions[]`);
});

test('two relations to one model are named, on both sides', async () => {
  const sql = `${USERS_SQL}CREATE TABLE public.referrals (
  id int PRIMARY KEY,
  referrer_id uuid NOT NULL REFERENCES public.users (id),
  referred_id uuid REFERENCES public.users (id) ON DELETE SET NULL
);`;
  expect(await modelFix(sql, `${DATASOURCE}${USER}`, 'public.referrals')).toBe(`model Referrals {
  id              Int     @id
  referrerId      String  @map("referrer_id") @db.Uuid
  referredId      String? @map("referred_id") @db.Uuid
  usersReferrerId User    @relation("Referrals_referrer_idToUser", fields: [referrerId], references: [id])
  usersReferredId User?   @relation("Referrals_referred_idToUser", fields: [referredId], references: [id], onDelete: SetNull)

  @@map("referrals")
}

// Add to model User:
//   referralsReferrerId Referrals[] @relation("Referrals_referrer_idToUser")
//   referralsReferredId Referrals[] @relation("Referrals_referred_idToUser")`);
});

const ROLE = 'enum Role {\n  ADMIN  @map("admin")\n  MEMBER @map("member")\n\n  @@map("role")\n}\n';
const USER_WITH_NOTES = USER.replace('  email String @unique\n', '  email String @unique\n  notes String?\n');
const SELF = 'CREATE TABLE public.categories (id int PRIMARY KEY, parent_id int REFERENCES public.categories (id));';
const ONE_TO_ONE = `${USERS_SQL}CREATE TABLE public.profiles (id int PRIMARY KEY, user_id uuid NOT NULL UNIQUE REFERENCES public.users (id));`;
const NOTES = `${USERS_SQL}CREATE TABLE public.notes (id int PRIMARY KEY, user_id uuid REFERENCES public.users (id));`;
const RUNS = "CREATE TYPE public.run_state AS ENUM ('queued', 'in-progress', '2nd try');\nCREATE TABLE public.runs (id int PRIMARY KEY, state public.run_state NOT NULL DEFAULT 'in-progress');";
const GRANTS = "CREATE TYPE public.role AS ENUM ('admin', 'member');\nCREATE TABLE public.grants (id int PRIMARY KEY, role public.role NOT NULL DEFAULT 'member');";

test.each([
  ['a self-relation: both sides in the model', SELF, 'public.categories', USER],
  ['a one-to-one relation: the other side is optional', ONE_TO_ONE, 'public.profiles', USER],
  ['a relation to a table no model maps is left out', 'CREATE TABLE public.teams (id int PRIMARY KEY);\nCREATE TABLE public.members (id int PRIMARY KEY, team_id int REFERENCES public.teams (id));', 'public.members', USER],
  ['a relation to a column the model does not declare unique is left out', `${USERS_SQL}CREATE TABLE public.invites (id int PRIMARY KEY, email text REFERENCES public.users (email));`, 'public.invites', USER.replace(' @unique', '')],
  ['a back-relation whose name the other model already uses gets another', NOTES, 'public.notes', USER_WITH_NOTES],
  ['an enum the schema lacks comes along, values that are no identifier mapped', RUNS, 'public.runs', USER],
  ['an enum the schema has is used by its Prisma name, the default by its member', GRANTS, 'public.grants', `${USER}${ROLE}`],
])('%s', async (_name, sql, table, models) => {
  await modelFix(sql, `${DATASOURCE}${models}`, table);
});

test('the enum and the relation sides a fix needs are in its text', async () => {
  const grants = await modelFix(GRANTS, `${DATASOURCE}${USER}${ROLE}`, 'public.grants');
  expect(grants).toContain('role Role @default(MEMBER)');
  expect(grants).not.toContain('enum ');
  const runs = await modelFix(RUNS, `${DATASOURCE}${USER}`, 'public.runs');
  expect(runs).toContain('state run_state @default(InProgress)');
  expect(runs).toContain('enum run_state {\n  queued\n  InProgress @map("in-progress")\n  Value2ndTry @map("2nd try")\n}');
  expect(await modelFix(NOTES, `${DATASOURCE}${USER_WITH_NOTES}`, 'public.notes')).toContain('// Add to model User:\n//   notes2 Notes[]');
  const categories = await modelFix(SELF, `${DATASOURCE}${USER}`, 'public.categories');
  expect(categories).toContain('@relation("Categories_parent_idToCategories", fields: [parentId], references: [id])');
  expect(categories).toContain('categoriesParentIdBack Categories[] @relation("Categories_parent_idToCategories")');
  expect(await modelFix(ONE_TO_ONE, `${DATASOURCE}${USER}`, 'public.profiles')).toContain('//   profiles Profiles?');
});

test('a table in another schema of a multi-schema project names its schema, and so does its enum', async () => {
  const datasource = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n  schemas  = ["public", "audit"]\n}\n';
  const log = 'model Log {\n  id Int @id\n\n  @@map("log")\n  @@schema("audit")\n}\n';
  const schema = `${datasource}${USER.replace('@@map("users")', '@@map("users")\n  @@schema("public")')}${log}`;
  const sql = `${USERS_SQL}CREATE SCHEMA audit;\nCREATE TABLE audit.log (id int PRIMARY KEY);\nCREATE TYPE audit.action AS ENUM ('insert', 'delete');\nCREATE TABLE audit.entries (seq int, at date, actor_id uuid REFERENCES public.users (id), action audit.action, PRIMARY KEY (seq, at));`;
  const fix = await modelFix(sql, schema, 'audit.entries');
  expect(fix).toContain('@@id([seq, at])');
  expect(fix).toContain('@@schema("audit")');
  expect(fix).toContain('enum action {\n  insert\n  delete\n\n  @@schema("audit")\n}');
});
