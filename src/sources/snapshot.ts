import { closeSync, fstatSync, openSync, readdirSync, readlinkSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { largeBuffer, MAPPED_FROM_BYTES } from '../large-buffers.js';
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
      // The C library's realpath: the JavaScript one asks the system about every folder on the way, once per read.
      return isInside(top, realpathSync.native(join(root, path)));
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
        return readBytes(join(root, path));
      } catch {
        return undefined;
      }
    },
    refused: (path) => list().refused.get(normalizePath(path)),
  };
}

/** readFileSync's own limit (Node's kIoMaxLength): a larger file fails as it would there. */
const READ_FILE_MAX_BYTES = 2 ** 31 - 1;

/** A file's bytes as readFileSync reads them; a large file's in a largeBuffer, whose freeing glibc never sees. */
export function readBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < MAPPED_FROM_BYTES || size > READ_FILE_MAX_BYTES) return readFileSync(fd);
    const bytes = largeBuffer(size);
    let filled = 0;
    while (filled < size) {
      const n = readSync(fd, bytes, filled, size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    // It grew after its size was read: read whole, as readFileSync would.
    if (filled === size && readSync(fd, Buffer.alloc(1), 0, 1, null) > 0) return readFileSync(path);
    return bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
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
 * `snapshot` reading each file once: a pull request's two trees read the files they share from the same working tree,
 * the base's analysis, the head's and the diff each in turn.
 */
export function remembering(snapshot: Snapshot): Snapshot {
  const read = new Map<string, Buffer | undefined>();
  return {
    ...snapshot,
    read(path) {
      if (!read.has(path)) read.set(path, snapshot.read(path));
      return read.get(path);
    },
  };
}

/** A working tree known to hold exactly the files of commit `rev` (git status is clean there). */
export interface CleanCheckout {
  rev: string;
  /** Read for each file the commit has as `rev` has it, as often as the commit's file is read. */
  snapshot: Snapshot;
}

/**
 * The tree of one commit, read from git without a checkout: the base side of a PR. Only regular files are listed. The
 * first read loads every file of the tree in one git process, as `git archive` would, rather than one per file. Given
 * a clean checkout, a file the commit has exactly as the checked-out commit has it (the same blob) is read from the
 * working tree instead: a pull request leaves most files as they were, and the run reads the working tree anyway.
 */
export function gitSnapshot(repoDir: string, rev: string, subdir = '.', checkout?: CleanCheckout): Snapshot {
  const sha = resolveCommit(repoDir, rev);
  if (!sha) throw new Error(`git revision "${rev}" does not exist in ${repoDir}`);
  const folder = normalizePath(subdir);
  const blobs = treeBlobs(repoDir, sha, folder);
  const checkedOut = checkout && (checkout.rev === sha ? blobs : treeBlobs(repoDir, checkout.rev, folder));
  const inCheckout = (path: string, blob: string) => checkedOut?.get(path) === blob;
  const files = [...blobs.keys()].sort();
  let contents: Map<string, Buffer> | undefined;
  return {
    label: `git:${rev}`,
    files: () => files,
    read(path) {
      const blob = blobs.get(path);
      if (!blob) return undefined;
      if (inCheckout(path, blob)) return checkout!.snapshot.read(path);
      contents ??= readAll(repoDir, [...blobs].flatMap(([p, b]) => (inCheckout(p, b) ? [] : [b])));
      return contents.get(blob);
    },
  };
}

/** The blob of each regular file of a commit under `folder`, by path. */
function treeBlobs(repoDir: string, sha: string, folder: string): Map<string, string> {
  const blobs = new Map<string, string>();
  for (const { path, blob } of listTree(repoDir, sha, folder)) if (!path.split('/').some((part) => SKIPPED_DIRS.has(part))) blobs.set(path, blob);
  return blobs;
}

/** A git failure leaves every file unreadable (each then reported as such), not the whole run broken. */
function readAll(repoDir: string, blobs: string[]): Map<string, Buffer> {
  try {
    return readBlobs(repoDir, blobs);
  } catch {
    return new Map();
  }
}
