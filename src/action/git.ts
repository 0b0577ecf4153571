import { UsageError } from '../errors.js';
import { git, resolveCommit } from '../sources/git.js';
import { gitSnapshot } from '../sources/snapshot.js';
import type { Snapshot } from '../types.js';

/**
 * The base tree of a PR, read from git. actions/checkout clones one commit by default, so a missing base commit is
 * fetched alone before giving up with the one fix that always works.
 */
export function baseSnapshot(repoDir: string, ref: string, subdir: string): { sha: string; snapshot: Snapshot } {
  let sha = resolveCommit(repoDir, ref);
  if (!sha) {
    try {
      git(repoDir, ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', ref]);
    } catch (e) {
      const reason = String((e as { stderr?: unknown }).stderr || e).trim().split('\n').pop();
      throw new UsageError(
        `The base commit ${ref} is not in the checkout and could not be fetched (${reason}). ` +
          'Give actions/checkout `fetch-depth: 0` so the base commit is available.',
      );
    }
    sha = resolveCommit(repoDir, 'FETCH_HEAD');
    if (!sha) throw new UsageError(`Fetched ${ref} but it is not a commit. Give actions/checkout \`fetch-depth: 0\`, or check base-ref.`);
  }
  return { sha, snapshot: gitSnapshot(repoDir, sha, subdir) };
}
