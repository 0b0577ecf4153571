import { PLATFORM_SECRETS } from '../sources/code.js';
import { defineRule } from './define-rule.js';

/**
 * An edge function reading an environment variable the platform does not set and no .env.example declares: whoever
 * deploys it next does not know to set the secret (`supabase secrets set`), and the function runs with `undefined`.
 */
export default defineRule({
  id: 'edge-function-secret-undeclared',
  description: 'Edge function reads an environment variable that no .env.example declares',
  defaultSeverity: 'notice',
  check(ctx) {
    for (const fn of ctx.code.edgeFunctions) {
      const declared = new Set([...PLATFORM_SECRETS, ...fn.declared]);
      const reported = new Set<string>();
      for (const read of fn.envReads) {
        if (declared.has(read.name) || reported.has(read.name)) continue;
        reported.add(read.name);
        const where = fn.envExamples.length ? `${fn.envExamples.join(' or ')} does not list` : 'no supabase/functions/.env.example lists';
        ctx.report({
          object: `${fn.name}:${read.name}`,
          file: read.file,
          line: read.line,
          message: `Edge function ${fn.name} reads ${read.name}, which the platform does not set and ${where}: a deploy that does not know to run \`supabase secrets set ${read.name}=…\` leaves it undefined.`,
        });
      }
    }
  },
});
