import { execFileSync } from 'node:child_process';
import { UsageError } from '../errors.js';
import { gitSnapshot } from '../sources/snapshot.js';
import type { Snapshot } from '../types.js';

/**
 * The base tree of a PR, read from git. actions/checkout clones one commit by default, so a missing base commit is
 * fetched alone before giving up with the one fix that always works.
 */
export function baseSnapshot(repoDir: string, ref: string, subdir: string): { sha: string; snapshot: Snapshot } {
  let sha = revParse(repoDir, ref);
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
    sha = revParse(repoDir, 'FETCH_HEAD');
    if (!sha) throw new UsageError(`Fetched ${ref} but it is not a commit. Give actions/checkout \`fetch-depth: 0\`, or check base-ref.`);
  }
  return { sha, snapshot: gitSnapshot(repoDir, sha, subdir) };
}

function revParse(repoDir: string, ref: string): string | undefined {
  try {
    return git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim() || undefined;
  } catch {
    return undefined;
  }
}

function git(repoDir: string, args: string[]): string {
  return execFileSync('git', ['-C', repoDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}
