import { gitRestore } from '../fixes/git-commands.js';
import { defineRule } from './define-rule.js';

/** A deleted migration leaves databases that applied it with history the repository no longer has. */
export default defineRule({
  id: 'migration-deleted',
  description: 'A migration that exists on the base branch was deleted',
  defaultSeverity: 'error',
  checkDiff(ctx) {
    const appliedAtBase = new Set(ctx.base.migrations.filter((m) => m.applied).map((m) => m.file));
    for (const { file, change } of ctx.changes) {
      if (change !== 'deleted' || !appliedAtBase.has(file)) continue;
      ctx.report({
        message: `Migration ${file} was deleted; databases that applied it keep its changes, and their migration history no longer matches the repository.`,
        file,
        line: 1,
        fix: `${gitRestore(ctx.baseRev, file)}\n# then undo its changes in a new migration`,
      });
    }
  },
});
