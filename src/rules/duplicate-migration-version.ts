import { gitMv } from '../fixes/git-commands.js';
import { claimVersion, migrationVersion, successor } from '../fixes/versions.js';
import { defineRule } from './define-rule.js';

/**
 * The Supabase CLI records each applied version in supabase_migrations.schema_migrations, keyed by version: of two
 * files with one version, the second fails on a database that ran the first, and stops the push there.
 */
export default defineRule({
  id: 'duplicate-migration-version',
  description: 'Two Supabase migrations with the same version',
  defaultSeverity: 'error',
  check(ctx) {
    if (ctx.layout !== 'supabase') return;
    const first = new Map<string, string>();
    for (const file of ctx.applied) {
      const version = migrationVersion(file, ctx.layout);
      const earlier = first.get(version);
      if (earlier === undefined) { first.set(version, file); continue; }
      const free = claimVersion(successor(version), ctx.takenVersions);
      const name = file.slice(file.lastIndexOf('/') + 1);
      ctx.report({
        file,
        line: 1,
        message: `${name} has version ${version}, like ${earlier}: the Supabase CLI keys applied migrations by version, so on a database that ran the first this one fails with a duplicate key and the push stops.`,
        fix: gitMv(file, `${file.slice(0, file.length - name.length)}${name.replace(/^\d+/, free)}`),
      });
    }
  },
});

