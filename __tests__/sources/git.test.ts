import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitParents, fetchCommit, isClean, isShallow, mergeBase, repositoryOf } from '../../src/sources/git.js';
import { checkoutCommit, commitFiles, git, pullRequestRefs, removeTemp, twoCommitRepo, type TwoCommitRepo } from '../helpers/git-repo.js';

let repo: TwoCommitRepo;
const dirs: string[] = [];
beforeAll(() => {
  repo = twoCommitRepo({ 'a/x.sql': 'x\n' }, { 'a/y.sql': 'y\n' });
  dirs.push(repo.origin);
});
afterAll(() => dirs.forEach(removeTemp));
const keep = (dir: string) => (dirs.push(dir), dir);

test('commitParents reads a merge commit’s parents even where a depth-1 clone lacks them', () => {
  const feature = keep(checkoutCommit(repo.origin, repo.baseSha, { history: true }));
  const head = commitFiles(feature, { 'b.sql': 'b\n' });
  git(feature, 'push', '-q', 'origin', `${head}:refs/heads/feature`);
  const merge = pullRequestRefs(repo.origin, 1, repo.headSha, head);
  const shallow = keep(checkoutCommit(repo.origin, merge));
  expect(isShallow(shallow)).toBe(true);
  expect(commitParents(shallow, merge)).toEqual([repo.headSha, head]);
  expect(commitParents(shallow, merge).map((p) => git(repo.origin, 'cat-file', '-t', p))).toEqual(['commit', 'commit']);
  expect(mergeBase(shallow, repo.headSha, head)).toBeUndefined();
  expect(mergeBase(repo.origin, repo.headSha, head)).toBe(repo.baseSha);
});

test('fetchCommit fetches one commit into a shallow clone, and its history into a full one', () => {
  const shallow = keep(checkoutCommit(repo.origin, repo.headSha));
  expect(fetchCommit(shallow, repo.baseSha)).toBe(repo.baseSha);
  expect(isShallow(shallow)).toBe(true);
  const full = keep(checkoutCommit(repo.origin, repo.baseSha, { history: true }));
  expect(isShallow(full)).toBe(false);
  expect(fetchCommit(full, repo.headSha)).toBe(repo.headSha);
  expect(isShallow(full)).toBe(false);
  expect(mergeBase(full, repo.baseSha, repo.headSha)).toBe(repo.baseSha);
});

test('isClean looks at one folder: modified, untracked', () => {
  const dir = keep(checkoutCommit(repo.origin, repo.headSha));
  expect(isClean(dir, 'a')).toBe(true);
  writeFileSync(join(dir, 'elsewhere.txt'), 'x');
  expect([isClean(dir, 'a'), isClean(dir, '.')]).toEqual([true, false]);
  writeFileSync(join(dir, 'a/x.sql'), 'changed\n');
  expect(isClean(dir, 'a')).toBe(false);
});

test('repositoryOf names the repository and the folder in it', () => {
  mkdirSync(join(repo.origin, 'a/deeper'), { recursive: true });
  expect(repositoryOf(join(repo.origin, 'a'))).toEqual({ top: repo.origin, subdir: 'a' });
  expect(repositoryOf(join(repo.origin, 'a/deeper'))).toEqual({ top: repo.origin, subdir: 'a/deeper' });
  expect(repositoryOf(repo.origin)).toEqual({ top: repo.origin, subdir: '.' });
  expect(repositoryOf('/')).toBeUndefined();
});
