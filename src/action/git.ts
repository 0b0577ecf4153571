import { UsageError } from '../errors.js';
import { commitParents, fetchCommit, isClean, mergeBase, resolveCommit } from '../sources/git.js';
import { diskSnapshot, gitSnapshot, remembering, type CleanCheckout } from '../sources/snapshot.js';
import { shortSha as short } from '../report/format.js';
import type { Snapshot } from '../types.js';

/** One side of a comparison: the commit it stands for and its files. */
export interface Side {
  sha: string;
  snapshot: Snapshot;
}

/** What a pull request run compares, and how the head was read, in words for the log. */
export interface ComparedTrees {
  base: Side;
  head: Side;
  notes: string[];
}

/** Where the checkout is and which folder of it is analysed. */
export interface Checkout {
  repoDir: string;
  /** Relative to repoDir, `.` for the root. */
  subdir: string;
  /** repoDir/subdir on disk. */
  root: string;
}

/**
 * The trees of a pull request. Its head is the checked-out commit when that is the head commit or the merge commit
 * GitHub made of it (the default checkout of `pull_request`), read from disk when the working tree is clean and from
 * git objects when a step changed it; otherwise — `pull_request_target` checks out the base, a workflow may check out
 * anything — the head commit's tree read from git objects, fetched when missing: never checked out, never run. Its base is the commit where the head forked from `baseRef` when the history shows it (the
 * merge commit's first parent, or their merge base), so what the base branch gained since is not read as undone by
 * the pull request; else `baseRef` itself.
 */
export function pullRequestTrees(checkout: Checkout, baseRef: string, headSha: string, baseRefGiven: boolean): ComparedTrees {
  const { repoDir, subdir, root } = checkout;
  const notes: string[] = [];
  const checkedOut = resolveCommit(repoDir, 'HEAD');
  const mergedInto = checkedOut && checkedOut !== headSha ? mergeCommitBase(repoDir, checkedOut, headSha) : undefined;
  let head: Side;
  let worktree: CleanCheckout | undefined;
  if (checkedOut && (checkedOut === headSha || mergedInto)) {
    if (mergedInto) notes.push(`The checkout ${short(checkedOut)} is GitHub's merge of the head ${short(headSha)} into ${short(mergedInto)}: the merge is compared with ${short(mergedInto)}.`);
    const clean = isClean(repoDir, subdir);
    if (!clean) notes.push(`The working tree has changes commit ${short(checkedOut)} does not: the commit is read from git objects, not from the working tree.`);
    if (clean) worktree = { rev: checkedOut, snapshot: remembering(diskSnapshot(root)) };
    head = { sha: headSha, snapshot: worktree?.snapshot ?? gitSnapshot(repoDir, checkedOut, subdir) };
  } else {
    const sha = ensureCommit(repoDir, headSha, 'head');
    head = { sha, snapshot: gitSnapshot(repoDir, sha, subdir) };
    notes.push(`The checkout (${checkedOut ? short(checkedOut) : 'no commit'}) is not the pull request's head ${short(sha)}: the head is read from git objects, never checked out.`);
  }
  const base = mergedInto && !baseRefGiven ? ensureCommit(repoDir, mergedInto, 'base') : forkPoint(repoDir, ensureCommit(repoDir, baseRef, 'base'), head.sha, notes);
  return { base: { sha: base, snapshot: gitSnapshot(repoDir, base, subdir, worktree) }, head, notes };
}

/** A push or a run by hand given `base-ref`: the checkout compared with where it forked from that ref. */
export function checkoutTrees(checkout: Checkout, baseRef: string): ComparedTrees {
  const notes: string[] = [];
  const checkedOut = resolveCommit(checkout.repoDir, 'HEAD');
  const base = ensureCommit(checkout.repoDir, baseRef, 'base');
  const sha = checkedOut ? forkPoint(checkout.repoDir, base, checkedOut, notes) : base;
  return {
    base: { sha, snapshot: gitSnapshot(checkout.repoDir, sha, checkout.subdir) },
    head: { sha: checkedOut ?? 'working tree', snapshot: diskSnapshot(checkout.root) },
    notes,
  };
}

/** The first parent of `commit` when it is a merge of `head` (GitHub's `refs/pull/N/merge`). */
function mergeCommitBase(repoDir: string, commit: string, head: string): string | undefined {
  const parents = commitParents(repoDir, commit);
  return parents.length === 2 && parents[1] === head ? parents[0] : undefined;
}

function forkPoint(repoDir: string, base: string, head: string, notes: string[]): string {
  const fork = mergeBase(repoDir, base, head);
  if (fork && fork !== base) notes.push(`The head forked from ${short(base)} at ${short(fork)}: it is compared with ${short(fork)}.`);
  return fork ?? base;
}

/**
 * A commit of the comparison, fetched from origin when the checkout lacks it (actions/checkout clones one commit by
 * default), or one message with the fix that always works.
 */
function ensureCommit(repoDir: string, ref: string, side: 'base' | 'head'): string {
  const present = resolveCommit(repoDir, ref);
  if (present) return present;
  let fetched: string | undefined;
  try {
    fetched = fetchCommit(repoDir, ref);
  } catch (e) {
    const reason = String((e as { stderr?: unknown }).stderr || e).trim().split('\n').pop();
    throw new UsageError(
      `The ${side} commit ${ref} is not in the checkout and could not be fetched (${reason}). ` +
        (side === 'base'
          ? 'Give actions/checkout `fetch-depth: 0` so the base commit is available.'
          : 'The action fetches it from origin with the credentials actions/checkout keeps (its default `persist-credentials: true`).'),
    );
  }
  if (!fetched) throw new UsageError(`Fetched ${ref} but it is not a commit. Give actions/checkout \`fetch-depth: 0\`, or check base-ref.`);
  return fetched;
}

