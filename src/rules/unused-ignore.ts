import { closestMatch } from '../spelling.js';
import type { IgnoreComment } from '../types.js';
import { defineRule } from './define-rule.js';

/** An ignore comment that names no rule or silences nothing hides nothing today and may hide the wrong thing tomorrow. */
export default defineRule({
  id: 'unused-ignore',
  description: 'A schema-guardian-ignore comment that is misspelled, names an unknown rule or silences nothing',
  defaultSeverity: 'warning',
  aboutStatements: true,
  checkIgnores(ctx) {
    for (const { comment, silenced } of ctx.ignores) {
      if (silenced.length > 0) continue;
      ctx.report({
        file: comment.file,
        line: comment.line,
        message: comment.malformed ? malformed(comment.malformed) : ctx.knownRules.includes(comment.rule) ? silencesNothing(comment) : unknownRule(comment.rule, ctx.knownRules),
      });
    }
  },
});

function silencesNothing({ rule, scope }: IgnoreComment): string {
  return `This schema-guardian-ignore for ${rule} silences nothing: no ${rule} finding is raised ${scope === 'file' ? 'in this file' : 'on the statement after it'}. Remove it.`;
}

function unknownRule(rule: string, knownRules: string[]): string {
  const near = closestMatch(rule, knownRules);
  return `This schema-guardian-ignore names an unknown rule "${rule}"${near ? ` (did you mean ${near}?)` : ''}.`;
}

function malformed({ written, meant }: { written: string; meant: string }): string {
  if (written === meant) return `This ${written} names no rule, so it silences nothing: name the rule after it, as in "${written} missing-rls: reason".`;
  return `This comment is not an ignore: "${written}" is not a directive here (did you mean ${meant}?), so it silences nothing.`;
}
