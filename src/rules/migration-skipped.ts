import { claimVersion } from '../fixes/versions.js';
import { defineRule } from './define-rule.js';

/** The Supabase CLI applies only `<digits>_<name>.sql`: any other file in the folder silently never runs. */
export default defineRule({
  id: 'migration-skipped',
  description: 'Migration file the Supabase CLI never applies because of its name',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const file of ctx.skipped) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const dated = name.match(/^(\d{4})-?(\d{2})-?(\d{2})[_-](.+)$/);
      // Each suggested name gets a version of its own: two renamed files must not collide either.
      const suggestion = dated ? `${claimVersion(`${dated[1]}${dated[2]}${dated[3]}000000`, ctx.takenVersions)}_${dated[4]!.replace(/-/g, '_')}` : `<timestamp>_${name.replace(/^[^a-zA-Z]+/, '')}`;
      ctx.report({
        file,
        line: 1,
        message: `The Supabase CLI applies only files named <digits>_<name>.sql, so ${name} is never applied and nothing in it reaches the database.`,
        fix: `git mv ${file} ${file.slice(0, file.length - name.length)}${suggestion}`,
      });
    }
  },
});
