import { defineRule } from './define-rule.js';

/** A new migration dated before the newest applied one: existing databases are past it (the Supabase CLI refuses it). */
export default defineRule({
  id: 'migration-out-of-order',
  description: 'A new migration whose version sorts before the newest migration on the base branch',
  defaultSeverity: 'error',
  scope: 'diff',
  check() {},
});
