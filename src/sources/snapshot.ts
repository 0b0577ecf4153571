import { readdirSync, readlinkSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot } from '../types.js';
import { listTree, readBlobs, resolveCommit } from './git.js';
import { isInside, normalizePath } from './paths.js';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** What a walk of the disk found: the files, and the links it refused with why. */
interface DiskListing {
  files: string[];
  refused: Map<string, string>;
}

/**
 * The working tree as it is on disk: what the CLI audits. Symbolic links are followed while they stay inside ROOT (a
 * linked folder is listed under the link's name, once per walk down, so a loop ends); a link that leaves ROOT, or
 * leads nowhere, is refused with the reason and never read.
 */
export function diskSnapshot(root: string): Snapshot {
  let listing: DiskListing | undefined;
  const list = () => (listing ??= listDisk(root));
  let top: string | undefined;
  const inside = (path: string) => {
    top ??= realpathSync(root);
    try {
      return isInside(top, realpathSync(join(root, path)));
    } catch {
      return false;
    }
  };
  return {
    label: root,
    files: () => list().files,
    read(path) {
      if (list().refused.has(path) || !inside(path)) return undefined;
      try {
        return readFileSync(join(root, path));
      } catch {
        return undefined;
      }
    },
    refused: (path) => list().refused.get(normalizePath(path)),
  };
}

function listDisk(root: string): DiskListing {
  const top = realpathSync(root);
  const out: DiskListing = { files: [], refused: new Map() };
  walk(top, top, '', new Set([top]), out);
  out.files.sort();
  return out;
}

/** Lists `dir` (really at `real`) as `rel`; `ancestors` are the real folders above it, where a link would loop. */
function walk(top: string, real: string, rel: string, ancestors: Set<string>, out: DiskListing): void {
  let entries;
  try {
    entries = readdirSync(real, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (SKIPPED_DIRS.has(entry.name)) continue;
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    const at = join(real, entry.name);
    if (entry.isDirectory()) walk(top, at, path, new Set([...ancestors, at]), out);
    else if (entry.isFile()) out.files.push(path);
    else if (entry.isSymbolicLink()) followLink(top, at, path, ancestors, out);
  }
}

function followLink(top: string, at: string, path: string, ancestors: Set<string>, out: DiskListing): void {
  let target: string;
  try {
    target = realpathSync(at);
  } catch {
    out.files.push(path);
    out.refused.set(path, `a symbolic link to ${describeTarget(at)}, which does not exist`);
    return;
  }
  const isDir = statSync(target).isDirectory();
  if (!isInside(top, target)) {
    // A linked folder outside ROOT is not walked at all; a linked file is listed, so that reading it says why not.
    out.refused.set(path, `a symbolic link to ${target}, outside the folder audited (${top}): not read`);
    if (!isDir) out.files.push(path);
    return;
  }
  if (!isDir) out.files.push(path);
  else if (!ancestors.has(target)) walk(top, target, path, new Set([...ancestors, target]), out);
}

/** Where a dangling link points, as written in it. */
function describeTarget(link: string): string {
  try {
    return readlinkSync(link);
  } catch {
    return link;
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
