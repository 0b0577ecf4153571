import { execFileSync } from 'node:child_process';

/** A regular file of a commit's tree: its path below the listed folder and its blob. */
export interface TreeFile {
  path: string;
  blob: string;
}

/**
 * Runs git in `repoDir` and returns its stdout. Paths are always literal (a file named `*.sql` is that file), and
 * stderr is kept on the error for messages.
 */
export function git(repoDir: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['--literal-pathspecs', '-C', repoDir, ...args], {
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    maxBuffer: Infinity,
  });
}

/** The full sha of the commit a revision names, or undefined when the repository has no such commit. */
export function resolveCommit(repoDir: string, rev: string): string | undefined {
  try {
    return git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The regular files (not symlinks or submodules, whose objects are not file contents) under `folder` of a commit,
 * with paths relative to that folder; `folder` is `.` for the whole tree.
 */
export function listTree(repoDir: string, sha: string, folder: string): TreeFile[] {
  const strip = folder === '.' ? 0 : folder.length + 1;
  const listing = git(repoDir, ['ls-tree', '-r', '-z', '--full-tree', sha, '--', folder]).toString('utf8');
  const files: TreeFile[] = [];
  for (const entry of listing.split('\0')) {
    // `<mode> blob <object>\t<path>`
    const m = /^(?:100644|100755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (m) files.push({ path: m[2]!.slice(strip), blob: m[1]! });
  }
  return files;
}

/**
 * The contents of many blobs from one `git cat-file --batch` process: a process per file costs milliseconds each, and
 * a base branch can hold a thousand migrations.
 */
export function readBlobs(repoDir: string, blobs: string[]): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  const unique = [...new Set(blobs)];
  if (unique.length === 0) return contents;
  const out = git(repoDir, ['cat-file', '--batch'], `${unique.join('\n')}\n`);
  // Each answer is `<object> blob <size>\n<size bytes>\n`, or `<object> missing\n`.
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    const [object, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (size === undefined) continue;
    const end = at + Number(size);
    if (type === 'blob') contents.set(object!, out.subarray(at, end));
    at = end + 1;
  }
  return contents;
}

/** Whether the clone is shallow (actions/checkout's default), so commits it lacks can be fetched only alone. */
export function isShallow(repoDir: string): boolean {
  return git(repoDir, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
}

/**
 * Fetches one commit the clone lacks from origin and returns its sha: alone in a shallow clone, with its history in a
 * full one, so the point where a pull request forked can still be found. Throws git's error.
 */
export function fetchCommit(repoDir: string, rev: string): string | undefined {
  git(repoDir, ['fetch', '--no-tags', ...(isShallow(repoDir) ? ['--depth=1'] : []), '--end-of-options', 'origin', rev]);
  return resolveCommit(repoDir, 'FETCH_HEAD');
}

/** The parents a commit names; its raw object keeps them even where a shallow clone lacks the parents themselves. */
export function commitParents(repoDir: string, sha: string): string[] {
  const header = git(repoDir, ['cat-file', 'commit', sha]).toString('utf8').split('\n\n')[0]!;
  return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]!);
}

/** Where two commits' histories meet, or undefined when the clone's history does not reach it (shallow, unrelated). */
export function mergeBase(repoDir: string, a: string, b: string): string | undefined {
  try {
    return git(repoDir, ['merge-base', '--end-of-options', a, b]).toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Whether `folder` of the working tree holds exactly what HEAD has: nothing modified, deleted or untracked. */
export function isClean(repoDir: string, folder: string): boolean {
  return git(repoDir, ['status', '--porcelain', '--untracked-files=all', '--', folder]).length === 0;
}

/** The repository holding `dir` and where `dir` is in it (`.` for its root), or undefined outside any repository. */
export function repositoryOf(dir: string): { top: string; subdir: string } | undefined {
  try {
    const [top, prefix = ''] = git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']).toString('utf8').split('\n');
    return top ? { top, subdir: prefix.replace(/\/$/, '') || '.' } : undefined;
  } catch {
    return undefined;
  }
}
