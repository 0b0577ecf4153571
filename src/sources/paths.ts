import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * A relative path from a user (flag, config key, action input) in the form snapshots list files: forward slashes,
 * no `./` or `a/..` steps, no trailing slash, and `.` for the root.
 */
export function normalizePath(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/')).replace(/(.)\/+$/, '$1');
}

/** Whether `path` is `folder` or lies below it (both absolute). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * A path given on the command line names a place from the current directory, as in every other CLI; the tree knows
 * its files relative to ROOT. A path outside ROOT is a usage error naming the flag: nothing outside ROOT is read.
 */
export function pathInRoot(root: string, given: string, flag: string, cwd = process.cwd()): string {
  const top = resolve(root);
  const fromCwd = resolve(cwd, given);
  // Scripts written when these paths were read from ROOT keep working: a relative path that names nothing from the
  // current directory, and something from ROOT, is that.
  const absolute = !isAbsolute(given) && !existsSync(fromCwd) && existsSync(resolve(top, given)) ? resolve(top, given) : fromCwd;
  if (isInside(top, absolute)) return normalizePath(relative(top, absolute) || '.');
  // ROOT or the path may be spelt through a symlinked folder (macOS's /tmp): compare where both really are.
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  if (isInside(real(top), real(absolute))) return normalizePath(relative(real(top), real(absolute)) || '.');
  const why = existsSync(absolute) ? `is outside ROOT (${top}); only files inside ROOT are read` : `does not exist (${absolute})`;
  throw new UsageError(`${flag} ${given} ${why}.`);
}
