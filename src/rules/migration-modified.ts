import { gitRestore } from '../fixes/git-commands.js';
import { defineRule } from './define-rule.js';

/** An applied migration edited in a PR: databases that already ran it never see the edit. */
export default defineRule({
  id: 'migration-modified',
  description: 'A migration that already exists on the base branch was changed',
  defaultSeverity: 'error',
  checkDiff(ctx) {
    const appliedAtBase = new Set(ctx.base.migrations.filter((m) => m.applied).map((m) => m.file));
    for (const { file, change } of ctx.changes) {
      if (change !== 'modified' || !appliedAtBase.has(file)) continue;
      ctx.report({
        message: `Migration ${file} already exists on the base branch and was edited; databases that applied it will never run the edit.`,
        file,
        line: 1,
        fix: `${gitRestore(ctx.baseRev, file)}\n# then put the change in a new migration`,
      });
    }
  },
});
