/**
 * Real git repositories in a temp folder: a base commit and a head commit, checked out the way actions/checkout does
 * (one commit fetched at depth 1, or with its history), GitHub's merge commit of a pull request, further commits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Tree = Record<string, string>;

export interface TwoCommitRepo {
  /** The repository holding both commits (the "remote"). */
  origin: string;
  baseSha: string;
  headSha: string;
}

const IDENTITY = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'];

/** Runs git in `dir` and returns its trimmed stdout. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, '-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A fresh temp folder, removed by `removeTemp`. */
export function tempDir(prefix = 'sg-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeTemp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Commits `base`, then the head tree (files set to null are deleted), in a new repository. */
export function twoCommitRepo(base: Tree, head: Record<string, string | null>): TwoCommitRepo {
  const origin = tempDir('sg-origin-');
  git(origin, 'init', '-q');
  write(origin, base);
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'base');
  const baseSha = git(origin, 'rev-parse', 'HEAD');
  for (const [path, text] of Object.entries(head)) {
    if (text === null) rmSync(join(origin, path));
    else write(origin, { [path]: text });
  }
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'head');
  return { origin, baseSha, headSha: git(origin, 'rev-parse', 'HEAD') };
}

/** A depth-1 clone of the head, as actions/checkout makes by default: the base commit is not in it. */
export function shallowClone(repo: TwoCommitRepo): string {
  const dir = tempDir('sg-checkout-');
  execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo.origin}`, dir], { stdio: 'ignore' });
  return dir;
}

/**
 * One commit of `origin` checked out as actions/checkout does it: a new repository that fetches that commit from
 * origin, at depth 1 unless `history` is asked for (`fetch-depth: 0`), and checks it out detached.
 */
export function checkoutCommit(origin: string, sha: string, { history = false } = {}): string {
  const dir = tempDir('sg-checkout-');
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${origin}`);
  git(dir, 'fetch', '-q', '--no-tags', ...(history ? [] : ['--depth=1']), 'origin', sha);
  git(dir, 'checkout', '-q', '--detach', sha);
  return dir;
}

/** Commits `files` (null deletes one) on top of HEAD in `dir`, and returns the new commit. */
export function commitFiles(dir: string, files: Record<string, string | null>, message = 'change'): string {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, path));
    else write(dir, { [path]: text });
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/**
 * What GitHub makes of pull request `number` in `origin`: `refs/pull/N/head`, and the test merge `refs/pull/N/merge`
 * of the head into `base` (parents: base, head). Returns the merge commit.
 */
export function pullRequestRefs(origin: string, number: number, base: string, head: string): string {
  const branch = git(origin, 'rev-parse', '--abbrev-ref', 'HEAD');
  git(origin, 'checkout', '-q', '--detach', base);
  git(origin, 'merge', '-q', '--no-ff', '--no-edit', head);
  const merge = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', branch);
  git(origin, 'update-ref', `refs/pull/${number}/head`, head);
  git(origin, 'update-ref', `refs/pull/${number}/merge`, merge);
  return merge;
}

function write(root: string, files: Tree): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
