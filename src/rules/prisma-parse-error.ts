import { defineRule } from './define-rule.js';

/**
 * A Prisma schema file that does not parse: `prisma generate` and `prisma migrate` stop on it, and none of its models
 * could be compared with the migrations, so no missing-model or missing-table finding stands in for it.
 */
export default defineRule({
  id: 'prisma-parse-error',
  description: 'Prisma schema that does not parse',
  defaultSeverity: 'error',
  check(ctx) {
    for (const e of ctx.prismaErrors)
      ctx.report({ file: e.file, line: e.line, message: `The Prisma schema does not parse: ${e.message}. Its models were not compared with the migrations.` });
  },
});
