import { pullRequestTable, type Files, type Found } from './engine.js';

const rule = 'migration-out-of-order';
const M = 'supabase/migrations/';
const found = (file: string): Found => ({ rule, severity: 'error', file, line: 1 });
const BASE = { [`${M}20250101000000_performance_indexes.sql`]: '', [`${M}20250110000000_consolidated_rls_policies.sql`]: '' };
const plus = (files: Files, ...added: string[]): Files => ({ ...files, ...Object.fromEntries(added.map((f) => [f, ''])) });

pullRequestTable(rule, [
  // docs/rules/migration-out-of-order.md
  ['docs ❌: the PR adds a migration dated before the base branch’s newest', BASE, plus(BASE, `${M}20250105000000_add_referrals.sql`), [found(`${M}20250105000000_add_referrals.sql`)]],
  ['docs ✅: the PR adds one dated after it', BASE, plus(BASE, `${M}20250115000000_add_referrals.sql`), []],

  ['a version equal to the newest', BASE, plus(BASE, `${M}20250110000000_dup.sql`), [found(`${M}20250110000000_dup.sql`)]],
  ['Prisma: folder names are the versions', { 'prisma/migrations/20240301_b/migration.sql': '' }, plus({ 'prisma/migrations/20240301_b/migration.sql': '' }, 'prisma/migrations/20240201_new/migration.sql'), [found('prisma/migrations/20240201_new/migration.sql')]],
  ['the first migration of a repository', {}, plus({}, `${M}20250105000000_first.sql`), []],
  ['a file the Supabase CLI never applies is not ordered', BASE, plus(BASE, `${M}2025-01-05_notes.sql`), []],
]);
