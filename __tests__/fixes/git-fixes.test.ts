/**
 * The fixes that are shell commands, run for real: in a checkout of a pull request's head, each `git restore` or
 * `git mv` a pull-request finding shows runs in the shell, and the pull request audited again no longer has the
 * finding. (The tree findings' `git mv`s of the example app run in fixes-postgres.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import { NO_VERIFIED_FIX } from '../../src/fixes/check.js';
import { analyzePullRequest } from '../../src/pull-request.js';
import { RULES } from '../../src/rules/index.js';
import { diskSnapshot, gitSnapshot } from '../../src/sources/snapshot.js';
import type { DiffedFinding } from '../../src/types.js';
import { checkoutCommit, removeTemp, twoCommitRepo, type TwoCommitRepo } from '../helpers/git-repo.js';

const M = 'supabase/migrations';
const BASE = {
  [`${M}/20240101000000_init.sql`]: 'CREATE TABLE IF NOT EXISTS public.a (id int);\n',
  [`${M}/20240301000000_b.sql`]: 'CREATE TABLE IF NOT EXISTS public.b (id int);\n',
  [`${M}/20240401000000_c.sql`]: 'CREATE TABLE IF NOT EXISTS public.c (id int);\n',
};
const HEAD = {
  [`${M}/20240101000000_init.sql`]: 'CREATE TABLE IF NOT EXISTS public.a (id int, note text);\n',
  [`${M}/20240301000000_b.sql`]: null,
  [`${M}/20240201000000_late.sql`]: 'CREATE TABLE IF NOT EXISTS public.late (id int);\n',
};

let repo: TwoCommitRepo;
beforeAll(() => { repo = twoCommitRepo(BASE, HEAD); });
afterAll(() => removeTemp(repo.origin));

/** The pull request's new findings of the rules that look at the pair, audited in a checkout of its head. */
async function pullRequestFindings(dir: string): Promise<DiffedFinding[]> {
  const { diff } = await analyzePullRequest({ base: gitSnapshot(dir, repo.baseSha), head: diskSnapshot(dir) }, { knownRules: RULES.map((r) => r.id) });
  return diff.findings.filter((f) => f.status === 'new' && ['migration-modified', 'migration-deleted', 'migration-out-of-order'].includes(f.rule));
}

test('each git command a pull-request finding shows runs, and the finding is gone after it', async () => {
  const dir = checkoutCommit(repo.origin, repo.headSha, { history: true });
  let found: DiffedFinding[];
  try {
    found = await pullRequestFindings(dir);
  } finally {
    removeTemp(dir);
  }
  expect(found.map((f) => [f.rule, f.file, f.message.endsWith(NO_VERIFIED_FIX)])).toEqual([
    ['migration-modified', `${M}/20240101000000_init.sql`, false],
    ['migration-out-of-order', `${M}/20240201000000_late.sql`, false],
    ['migration-deleted', `${M}/20240301000000_b.sql`, false],
  ]);
  for (const f of found) {
    const checkout = checkoutCommit(repo.origin, repo.headSha, { history: true });
    try {
      // The command is the fix's first line; the lines after it are what to do next, as comments.
      execFileSync('sh', ['-c', f.fix!.split('\n')[0]!], { cwd: checkout, stdio: 'pipe' });
      const after = await pullRequestFindings(checkout);
      expect([f.rule, after.filter((g) => g.rule === f.rule)]).toEqual([f.rule, []]);
    } finally {
      removeTemp(checkout);
    }
  }
});
