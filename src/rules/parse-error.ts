import { defineRule } from './define-rule.js';

/** PostgreSQL's own parser rejects the statement: the migration cannot apply; the rest of the file is still checked. */
export default defineRule({
  id: 'parse-error',
  description: 'Statement that PostgreSQL cannot parse',
  defaultSeverity: 'error',
  aboutStatements: true,
  check(ctx) {
    for (const p of ctx.parseProblems) ctx.report({ file: p.file, line: p.line, message: `PostgreSQL cannot parse this statement: ${p.message}.` });
  },
});
