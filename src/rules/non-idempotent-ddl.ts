import { UNIQUE_VIOLATION } from '../catalog/failure.js';
import { defineRule } from './define-rule.js';

/**
 * Why a re-run matters under Prisma Migrate, which applies each migration once: it does not wrap one in a
 * transaction, so a deploy that fails halfway leaves the first statements applied, and the file runs again in full.
 */
const PRISMA_RERUN = ' Prisma Migrate does not run a migration in a transaction: after a deploy that fails halfway, `prisma migrate resolve --rolled-back` and the next deploy run the whole file again, and it stops here.';

/** A statement that fails when its migration runs again: a retried deploy, a reset branch or a re-applied file stops there. */
export default defineRule({
  id: 'non-idempotent-ddl',
  description: 'Statement that fails when its migration runs a second time',
  defaultSeverity: 'warning',
  aboutStatements: true,
  check(ctx) {
    for (const { statement, reason, sqlstate, object, fix } of ctx.rerunFailures) {
      // A duplicate key is about rows: non-idempotent-data reports it.
      if (sqlstate === UNIQUE_VIOLATION) continue;
      ctx.report({
        object,
        file: statement.file,
        line: statement.line,
        message: `Fails when the migration runs again: ${reason}${statement.origin === 'do' ? ' (inside a DO block, unguarded)' : ''}.${ctx.layout === 'prisma' ? PRISMA_RERUN : ''}`,
        fix,
      });
    }
  },
});
