import { defineRule } from './define-rule.js';

/** An ignore comment that names no rule or silences nothing hides nothing today and may hide the wrong thing tomorrow. */
export default defineRule({
  id: 'unused-ignore',
  description: 'A schema-guardian-ignore comment that names an unknown rule or silences nothing',
  defaultSeverity: 'warning',
  scope: 'engine',
});
