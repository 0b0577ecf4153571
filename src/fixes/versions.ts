import { posix } from 'node:path';
import type { Layout } from '../types.js';

/** The version right after a numeric migration version, the same width: `20251105` → `20251106`. */
export function successor(version: string): string {
  return (BigInt(version) + 1n).toString().padStart(version.length, '0');
}

/** The first version from `wanted` on that no migration uses yet, marked as used: renames must not collide. */
export function claimVersion(wanted: string, taken: Set<string>): string {
  let version = wanted;
  while (taken.has(version)) version = successor(version);
  taken.add(version);
  return version;
}

/** The version a migration tool orders by: leading digits (Supabase), folder name (Prisma), else the file name. */
export function migrationVersion(file: string, layout: Layout | null): string {
  const name = posix.basename(file);
  if (layout === 'prisma') return posix.basename(posix.dirname(file));
  if (layout === 'supabase') return /^\d+/.exec(name)?.[0] ?? name;
  return name;
}

/** The numbers the migrations' versions start with: what a suggested rename must not reuse. */
export function takenVersions(files: string[], layout: Layout | null): Set<string> {
  return new Set(files.map((file) => /^\d*/.exec(migrationVersion(file, layout))![0]));
}
