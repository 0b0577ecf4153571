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

/** The numeric version a Supabase migration file name starts with. */
export function versionOf(file: string): string {
  return /^\d*/.exec(file.slice(file.lastIndexOf('/') + 1))![0];
}
