import { posix } from 'node:path';
import { gitMv } from '../fixes/git-commands.js';
import { claimVersion, migrationVersion, successor, takenVersions } from '../fixes/versions.js';
import type { Analysis, Layout } from '../types.js';
import { defineRule } from './define-rule.js';

/** A new migration dated before the newest applied one: existing databases are past it (the Supabase CLI refuses it). */
export default defineRule({
  id: 'migration-out-of-order',
  description: 'A new migration whose version sorts before the newest migration on the base branch',
  defaultSeverity: 'error',
  checkDiff(ctx) {
    const layout = ctx.head.layout ?? ctx.base.layout;
    const newest = ctx.base.migrations
      .filter((m) => m.applied)
      .map((m) => ({ file: m.file, version: migrationVersion(m.file, layout) }))
      .sort((a, b) => compare(a.version, b.version))
      .pop();
    if (!newest) return;
    const appliedAtHead = new Set(ctx.head.migrations.filter((m) => m.applied).map((m) => m.file));
    for (const { file, change } of ctx.changes) {
      if (change !== 'added' || !appliedAtHead.has(file)) continue;
      const version = migrationVersion(file, layout);
      if (compare(version, newest.version) > 0) continue;
      ctx.report({
        message: `Migration ${file} (version ${version}) does not sort after ${newest.file} (version ${newest.version}), the newest migration on the base branch; databases already past it will not apply it.`,
        file,
        line: 1,
        fix: gitMv(...renameAfter(file, newest.version, layout, ctx.head)),
      });
    }
  },
});

/** What to move, and where, so that a migration's version comes after `after` and collides with none at the head. */
function renameAfter(file: string, after: string, layout: Layout | null, head: Analysis): [string, string] {
  // Prisma versions are folder names (`20240301120000_name`): their leading digits are what orders them.
  const digits = /^\d+/.exec(after)?.[0];
  const taken = takenVersions(head.migrations.map((m) => m.file), layout);
  const next = digits ? claimVersion(successor(digits), taken) : `${after}_1`;
  const from = layout === 'prisma' ? posix.dirname(file) : file;
  return [from, posix.join(posix.dirname(from), posix.basename(from).replace(/^\d*_?/, `${next}_`))];
}

/** Migration tools compare versions as strings, byte by byte. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
