import { posix } from 'node:path';

/**
 * A relative path from a user (flag, config key, action input) in the form snapshots list files: forward slashes,
 * no `./` or `a/..` steps, no trailing slash, and `.` for the root.
 */
export function normalizePath(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/')).replace(/(.)\/+$/, '$1');
}
