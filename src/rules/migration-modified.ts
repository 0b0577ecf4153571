import { defineRule } from './define-rule.js';

/** An applied migration edited in a PR: databases that already ran it never see the edit. */
export default defineRule({
  id: 'migration-modified',
  description: 'A migration that already exists on the base branch was changed',
  defaultSeverity: 'error',
  scope: 'diff',
  check() {},
});
