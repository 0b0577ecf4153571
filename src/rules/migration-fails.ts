import { postgresWords } from '../catalog/failure.js';
import { statementObject } from '../fixes/idempotent.js';
import { defineRule } from './define-rule.js';

/**
 * A statement that fails the first time its migration runs, on the database the migrations before it built: a fresh
 * database never gets past it. `supabase db reset` and `prisma migrate deploy` stop at the first such statement.
 * No fix is offered: whether the name is wrong, a migration is missing or one is in the wrong order, only the
 * author knows.
 */
export default defineRule({
  id: 'migration-fails',
  description: 'Statement that fails the first time its migration runs',
  defaultSeverity: 'error',
  aboutStatements: true,
  check(ctx) {
    for (const failure of ctx.firstRunFailures) {
      const { statement } = failure;
      ctx.report({
        object: statementObject(statement),
        file: statement.file,
        line: statement.line,
        message: `Fails on a database built from the migrations before it: ${postgresWords(failure)}${statement.origin === 'do' ? ' (inside a DO block)' : ''}. The migration never applies: \`supabase db reset\` and \`prisma migrate deploy\` stop here.`,
      });
    }
  },
});
