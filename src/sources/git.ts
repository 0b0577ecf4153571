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
