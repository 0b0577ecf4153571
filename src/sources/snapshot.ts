import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot } from '../types.js';
import { listTree, readBlobs, resolveCommit } from './git.js';
import { normalizePath } from './paths.js';

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
 * The tree of one commit, read from git without a checkout: the base side of a PR. Only regular files are listed. The
 * first read loads every file of the tree in one git process, as `git archive` would, rather than one per file.
 */
export function gitSnapshot(repoDir: string, rev: string, subdir = '.'): Snapshot {
  const sha = resolveCommit(repoDir, rev);
  if (!sha) throw new Error(`git revision "${rev}" does not exist in ${repoDir}`);
  const blobs = new Map<string, string>();
  for (const { path, blob } of listTree(repoDir, sha, normalizePath(subdir)))
    if (!path.split('/').some((part) => SKIPPED_DIRS.has(part))) blobs.set(path, blob);
  const files = [...blobs.keys()].sort();
  let contents: Map<string, Buffer> | undefined;
  return {
    label: `git:${rev}`,
    files: () => files,
    read(path) {
      const blob = blobs.get(path);
      if (!blob) return undefined;
      contents ??= readAll(repoDir, [...blobs.values()]);
      return contents.get(blob);
    },
  };
}

/** A git failure leaves every file unreadable (each then reported as such), not the whole run broken. */
function readAll(repoDir: string, blobs: string[]): Map<string, Buffer> {
  try {
    return readBlobs(repoDir, blobs);
  } catch {
    return new Map();
  }
}
