import { postgresWords, UNIQUE_VIOLATION } from '../catalog/failure.js';
import { defineRule } from './define-rule.js';

/**
 * Seed rows inserted without ON CONFLICT: the first run adds them, and a re-run fails on the first key it inserts
 * again. A re-applied or retried migration stops there.
 */
export default defineRule({
  id: 'non-idempotent-data',
  description: 'INSERT that fails with a duplicate key when its migration runs a second time',
  defaultSeverity: 'warning',
  aboutStatements: true,
  check(ctx) {
    for (const failure of ctx.rerunFailures) {
      if (failure.sqlstate !== UNIQUE_VIOLATION) continue;
      const { statement } = failure;
      ctx.report({
        object: failure.object,
        file: statement.file,
        line: statement.line,
        message: `Fails when the migration runs again: ${postgresWords(failure)}. The first run inserted these rows; insert them with ON CONFLICT DO NOTHING (or DO UPDATE) so a re-run skips them.`,
        fix: failure.fix,
      });
    }
  },
});
