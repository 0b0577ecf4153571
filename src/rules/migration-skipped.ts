import { gitMv } from '../fixes/git-commands.js';
import { claimVersion, migrationVersion, successor } from '../fixes/versions.js';
import { defineRule } from './define-rule.js';

/** The Supabase CLI applies only `<digits>_<name>.sql`: any other file in the folder silently never runs. */
export default defineRule({
  id: 'migration-skipped',
  description: 'Migration file the Supabase CLI never applies because of its name',
  defaultSeverity: 'warning',
  check(ctx) {
    const newest = ctx.applied.map((f) => migrationVersion(f, ctx.layout)).filter((v) => /^\d+$/.test(v)).sort().pop();
    for (const file of ctx.skipped) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const dated = name.match(/^(\d{4})-?(\d{2})-?(\d{2})[_-](.+)$/);
      // Each suggested name gets a version of its own: two renamed files must not collide either.
      // A name without a date goes last, after the newest migration, where a file written today would.
      const suggestion = dated
        ? `${claimVersion(`${dated[1]}${dated[2]}${dated[3]}000000`, ctx.takenVersions)}_${dated[4]!.replace(/-/g, '_')}`
        : `${claimVersion(newest ? successor(newest) : '00000000000001', ctx.takenVersions)}_${name.replace(/^[^a-zA-Z]+/, '')}`;
      ctx.report({
        file,
        line: 1,
        message: `The Supabase CLI applies only files named <digits>_<name>.sql, so ${name} is never applied and nothing in it reaches the database.`,
        fix: gitMv(file, `${file.slice(0, file.length - name.length)}${suggestion}`),
      });
    }
  },
});
