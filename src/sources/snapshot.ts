import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot } from '../types.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** The working tree as it is on disk: what the CLI audits. */
export function diskSnapshot(root: string): Snapshot {
  let listed: string[] | undefined;
  return {
    label: root,
    files: () => (listed ??= listDisk(root, '').sort()),
    read(path) {
      try {
        return readFileSync(join(root, path));
      } catch {
        return undefined;
      }
    },
  };
}

function listDisk(root: string, rel: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) out.push(...listDisk(root, path));
    } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(join(root, path)))) {
      // A symlinked folder is not followed (it may loop or leave the tree); a symlinked file is read through.
      out.push(path);
    }
  }
  return out;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The tree of one commit, read from git without a checkout: the base side of a PR. Only regular files are listed
 * (not symlinks or submodules, whose git objects are not file contents); blobs are read when asked for.
 */
export function gitSnapshot(repoDir: string, rev: string, subdir = '.'): Snapshot {
  const sha = resolveCommit(repoDir, rev);
  const prefix = subdir.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  const strip = prefix === '' || prefix === '.' ? 0 : prefix.length + 1;
  const blobs = new Map<string, string>();
  const listing = git(repoDir, ['ls-tree', '-r', '-z', '--full-tree', sha, '--', strip ? prefix : '.']).toString('utf8');
  for (const entry of listing.split('\0')) {
    // `<mode> <type> <object>\t<path>`
    const m = /^(100644|100755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!m) continue;
    const path = m[3]!.slice(strip);
    if (path.split('/').some((part) => SKIPPED_DIRS.has(part))) continue;
    blobs.set(path, m[2]!);
  }
  const files = [...blobs.keys()].sort();
  return {
    label: `git:${rev}`,
    files: () => files,
    read(path) {
      const blob = blobs.get(path);
      if (!blob) return undefined;
      try {
        return git(repoDir, ['cat-file', 'blob', blob]);
      } catch {
        return undefined;
      }
    },
  };
}

function resolveCommit(repoDir: string, rev: string): string {
  try {
    return git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).toString('utf8').trim();
  } catch {
    throw new Error(`git revision "${rev}" does not exist in ${repoDir}`);
  }
}

function git(repoDir: string, args: string[]): Buffer {
  return execFileSync('git', ['--literal-pathspecs', '-C', repoDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}
