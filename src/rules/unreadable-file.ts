import { defineRule } from './define-rule.js';

/** A schema or migration file that cannot be read as UTF-8 text: nothing in it was checked. */
export default defineRule({
  id: 'unreadable-file',
  description: 'Schema or migration file that is binary, not UTF-8, or cannot be read',
  defaultSeverity: 'error',
  check(ctx) {
    for (const u of ctx.unreadable) ctx.report({ file: u.file, message: `Not checked: ${u.problem}.` });
  },
});
