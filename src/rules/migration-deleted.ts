import { defineRule } from './define-rule.js';

/** A deleted migration leaves databases that applied it with history the repository no longer has. */
export default defineRule({
  id: 'migration-deleted',
  description: 'A migration that exists on the base branch was deleted',
  defaultSeverity: 'error',
  scope: 'diff',
  check() {},
});
