import type { Analysis } from '../../src/types.js';
import { INIT, MIGRATIONS, ORGS, analysis, column, field, finding, fn, index, migration, model, policy, tableInfo } from './build.js';

/** A small Supabase app: one aligned table, one drifted, one without a model, RLS in every shape the report words. */
export function orgApp(): Analysis {
  const users = tableInfo('users', {
    columns: [column('id', 'uuid', { notNull: true }), column('email', 'text', { notNull: true })],
    primaryKey: ['id'], uniques: [['email']],
    indexes: [index('users_pkey', ['id'], { unique: true, constraint: true }), index('users_email_key', ['email'], { unique: true, constraint: true })],
    rls: true, rlsAt: { file: INIT, line: 9 },
    policies: [policy('own profile', 'own-rows', { roles: ['authenticated'], helpers: ['auth.uid'] })],
  });
  const posts = tableInfo('posts', {
    createdAt: { file: INIT, line: 12 },
    columns: [column('id', 'uuid', { notNull: true }), column('user_id', 'uuid'), column('body', 'text')],
    primaryKey: ['id'],
    indexes: [index('posts_pkey', ['id'], { unique: true, constraint: true }), index('idx_posts_user_id', ['user_id'], { createdAt: { file: INIT, line: 20 } })],
    rls: true, forceRls: true,
    policies: [policy('read posts', 'public-read', { command: 'select' }), policy('write own', 'own-rows', { command: 'insert', helpers: ['auth.uid'] })],
  });
  const organizations = tableInfo('organizations', {
    createdAt: { file: ORGS, line: 3 },
    columns: [column('id', 'uuid', { notNull: true })], primaryKey: ['id'],
    rls: true, policies: [policy('members', 'org-membership', { command: 'select', helpers: ['public.is_org_member', 'auth.uid'] })],
  });
  const auditLogs = tableInfo('audit_logs', {
    createdAt: { file: ORGS, line: 10 }, columns: [column('id', 'bigint', { notNull: true })], primaryKey: ['id'],
    rls: false,
  });
  return analysis({
    prisma: {
      files: ['prisma/schema.prisma'], enums: [], errors: [],
      models: [
        model('User', 'users', [field('id', 'String', { isId: true, nativeType: 'Uuid' }), field('email', 'String', { isUnique: true }), field('posts', 'Post', { list: true })]),
        model('Post', 'posts', [field('id', 'String', { isId: true }), field('userId', 'String', { column: 'user_id' }), field('title', 'String'), field('user', 'User')],
          { line: 10, indexes: [{ kind: 'index', columns: ['user_id'], line: 15 }, { kind: 'index', columns: ['title'], line: 16 }] }),
        model('Comment', 'comments', [field('id', 'String', { isId: true })], { line: 20 }),
      ],
    },
    migrations: [
      migration(INIT, { statements: 8, description: 'Users and posts' }),
      migration(ORGS, { statements: 5, idempotent: false, description: 'Organisations' }),
      migration(`${MIGRATIONS}/notes.sql`, { applied: false, statements: 0, idempotent: null }),
    ],
    catalog: {
      tables: [auditLogs, organizations, posts, users], views: [], enums: [], schemas: ['public'],
      functions: [fn('public', 'is_org_member', { securityDefiner: true }), fn('public', 'touch_updated_at', { args: '', language: 'plpgsql', securityDefiner: true, searchPath: "''" })],
      extensions: [{ name: 'pgcrypto', schema: 'extensions', createdAt: { file: INIT, line: 1 } }],
    },
    findings: [
      finding('missing-rls', 'public.audit_logs', { file: ORGS, line: 10, message: 'Table public.audit_logs is in the exposed schema public but row level security is not enabled.', fix: 'ALTER TABLE public.audit_logs ENABLE ROW LEVEL SECURITY;' }),
      finding('missing-model', 'public.organizations', { severity: 'warning', file: ORGS, line: 3, message: 'Table public.organizations has no Prisma model.', fix: 'model Organizations {\n  id String @id @db.Uuid\n\n  @@map("organizations")\n}' }),
      finding('missing-model', 'public.audit_logs', { severity: 'warning', file: ORGS, line: 10, message: 'Table public.audit_logs has no Prisma model.' }),
      finding('missing-table', 'Comment', { file: 'prisma/schema.prisma', line: 20, message: 'Model Comment maps to public.comments, which no migration creates.' }),
      finding('non-idempotent-ddl', 'public.organizations', { severity: 'notice', file: ORGS, line: 3, message: 'CREATE TABLE fails when the file runs again.', fix: 'CREATE TABLE IF NOT EXISTS public.organizations (id uuid primary key);' }),
    ],
  });
}
