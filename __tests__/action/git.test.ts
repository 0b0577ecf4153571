import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkoutTrees, pullRequestTrees, type Checkout } from '../../src/action/git.js';
import { checkoutCommit, commitFiles, git, pullRequestRefs, removeTemp, shallowClone, twoCommitRepo, type TwoCommitRepo } from '../helpers/git-repo.js';

const MIGRATION = 'db/supabase/migrations/20240101000000_init.sql';
const INSIDE = 'supabase/migrations/20240101000000_init.sql';
let repo: TwoCommitRepo;
const dirs: string[] = [];
beforeAll(() => {
  repo = twoCommitRepo({ [MIGRATION]: 'create table a (id int);\n' }, { [MIGRATION]: 'create table b (id int);\n' });
  dirs.push(repo.origin);
});
afterAll(() => dirs.forEach(removeTemp));

const keep = (dir: string) => (dirs.push(dir), dir);
const at = (repoDir: string, subdir = 'db'): Checkout => ({ repoDir, subdir, root: join(repoDir, subdir) });
const text = (tree: { snapshot: { read(path: string): Buffer | undefined } }, path = INSIDE) => tree.snapshot.read(path)?.toString();

describe('pullRequestTrees', () => {
  it('reads the head from disk when it is the clean checkout, and fetches the missing base of a depth-1 clone', () => {
    const checkout = keep(shallowClone(repo));
    expect(() => git(checkout, 'cat-file', '-e', `${repo.baseSha}^{commit}`)).toThrow();
    const trees = pullRequestTrees(at(checkout), repo.baseSha, repo.headSha, false);
    expect(trees.head).toMatchObject({ sha: repo.headSha, snapshot: { label: join(checkout, 'db') } });
    expect(trees.base).toMatchObject({ sha: repo.baseSha, snapshot: { label: `git:${repo.baseSha}` } });
    expect([text(trees.base), text(trees.head)]).toEqual(['create table a (id int);\n', 'create table b (id int);\n']);
    expect(trees.notes).toEqual([]);
  });

  it('reads the head from git objects, fetched, when the base is checked out (pull_request_target)', () => {
    const checkout = keep(checkoutCommit(repo.origin, repo.baseSha));
    const trees = pullRequestTrees(at(checkout), repo.baseSha, repo.headSha, false);
    expect(trees.head).toMatchObject({ sha: repo.headSha, snapshot: { label: `git:${repo.headSha}` } });
    expect(text(trees.head)).toBe('create table b (id int);\n');
    expect(trees.notes).toEqual([`The checkout (${repo.baseSha.slice(0, 7)}) is not the pull request's head ${repo.headSha.slice(0, 7)}: the head is read from git objects, never checked out.`]);
    expect(git(checkout, 'status', '--porcelain')).toBe('');
  });

  it('reads the head commit, not the working tree, when a file in the folder changed', () => {
    const checkout = keep(checkoutCommit(repo.origin, repo.headSha));
    writeFileSync(join(checkout, MIGRATION), 'create table edited (id int);\n');
    const trees = pullRequestTrees(at(checkout), repo.baseSha, repo.headSha, false);
    expect(text(trees.head)).toBe('create table b (id int);\n');
    // A change outside the analysed folder does not matter.
    const other = keep(checkoutCommit(repo.origin, repo.headSha));
    writeFileSync(join(other, 'notes.txt'), 'x');
    expect(pullRequestTrees(at(other), repo.baseSha, repo.headSha, false).head.snapshot.label).toBe(join(other, 'db'));
  });

  it('reads GitHub’s merge commit from disk and compares it with its first parent', () => {
    const origin = keep(twoCommitRepo({ [MIGRATION]: 'create table a (id int);\n' }, { 'db/other.sql': 'main moved on\n' }).origin);
    const fork = git(origin, 'rev-parse', 'HEAD~1');
    const mainTip = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-q', '-b', 'feature', fork);
    const head = commitFiles(origin, { 'db/feature.sql': 'the pull request\n' });
    git(origin, 'checkout', '-q', 'main');
    const merge = pullRequestRefs(origin, 7, mainTip, head);
    const checkout = keep(checkoutCommit(origin, merge));
    const trees = pullRequestTrees(at(checkout), fork, head, false);
    expect(trees.head).toMatchObject({ sha: head, snapshot: { label: join(checkout, 'db') } });
    expect(trees.head.snapshot.files()).toEqual(['feature.sql', 'other.sql', INSIDE]);
    expect(trees.base.sha).toBe(mainTip);
    // A step that changed the working tree: the merge commit is read from git objects, still compared with its parent.
    writeFileSync(join(checkout, 'db/feature.sql'), 'changed by a step\n');
    const dirty = pullRequestTrees(at(checkout), fork, head, false);
    expect(dirty.head.snapshot.label).toBe(`git:${merge}`);
    expect(dirty.head.snapshot.read('feature.sql')?.toString()).toBe('the pull request\n');
    expect(dirty.base.sha).toBe(mainTip);
    git(checkout, 'checkout', '-q', '--', '.');
    // A base-ref given by the workflow wins over the merge's parent.
    expect(pullRequestTrees(at(checkout), fork, head, true).base.sha).toBe(fork);
  });

  it('names fetch-depth: 0 when the base cannot be fetched, and the checkout credentials when the head cannot', () => {
    const checkout = keep(shallowClone(repo));
    git(checkout, 'remote', 'set-url', 'origin', `file://${checkout}/no-such-remote`);
    expect(() => pullRequestTrees(at(checkout), repo.baseSha, repo.headSha, false)).toThrow(
      expect.objectContaining({ name: 'UsageError', message: expect.stringMatching(new RegExp(`^The base commit ${repo.baseSha} is not in the checkout and could not be fetched \\(.+\\)\\. Give actions/checkout \`fetch-depth: 0\``)) }),
    );
    const missing = 'f'.repeat(40);
    expect(() => pullRequestTrees(at(checkout), repo.headSha, missing, false)).toThrow(
      expect.objectContaining({ name: 'UsageError', message: expect.stringMatching(new RegExp(`^The head commit ${missing} is not in the checkout and could not be fetched \\(.+\\)\\. .*persist-credentials: true`)) }),
    );
  });
});

describe('checkoutTrees', () => {
  it('compares the checkout with a revision expression given as base-ref', () => {
    const trees = checkoutTrees(at(repo.origin), 'main~1');
    expect(trees.base.sha).toBe(repo.baseSha);
    expect(trees.head).toMatchObject({ sha: repo.headSha, snapshot: { label: join(repo.origin, 'db') } });
  });

  it('compares a branch behind base-ref with where it forked', () => {
    const checkout = keep(checkoutCommit(repo.origin, repo.baseSha, { history: true }));
    const feature = commitFiles(checkout, { 'db/feature.sql': 'x\n' });
    const trees = checkoutTrees(at(checkout), repo.headSha);
    expect(trees.base.sha).toBe(repo.baseSha);
    expect(trees.head.sha).toBe(feature);
    expect(trees.notes).toEqual([`The head forked from ${repo.headSha.slice(0, 7)} at ${repo.baseSha.slice(0, 7)}: it is compared with ${repo.baseSha.slice(0, 7)}.`]);
  });
});
