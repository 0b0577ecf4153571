import { PLATFORM_SECRETS, type CodeFacts } from '../../sources/code.js';
import type { Finding } from '../../types.js';
import { sameInBrief, type SectionBody } from '../blocks.js';
import { code, table } from '../escape.js';
import { objectsByRule, plural, type RuleGroup } from '../format.js';

/**
 * Code and edge functions (the seed's "Edge Functions" and "Live Database Expectations"): what the code asks of the
 * database and whether the migrations provide it, marked from the findings of the rules that judge it (`open`: the open
 * findings as groupByRule groups them).
 */
export function codeSection(facts: CodeFacts, open: RuleGroup<Finding>[]): SectionBody {
  const flagged = objectsByRule(open, ['unknown-table-reference', 'unknown-function-reference', 'edge-function-secret-undeclared']);
  const unknownTables = flagged('unknown-table-reference');
  const unknownFunctions = flagged('unknown-function-reference');
  const undeclared = flagged('edge-function-secret-undeclared');
  const used = (kind: 'table' | 'function') => [...new Set(facts.references.filter((r) => r.kind === kind).map((r) => `${r.schema ?? 'public'}.${r.name}`))].sort();
  const tables = used('table');
  const functions = used('function');
  const unknown = new Set([...unknownTables, ...unknownFunctions]);
  const summary = [
    `${plural(facts.files, 'code file')} read: ${plural(tables.length, 'table or view', 'tables and views')} queried (${unknownFinds(tables, unknownTables)}), `
      + `${plural(functions.length, 'function')} called with rpc (${unknownFinds(functions, unknownFunctions)}).`,
    ...(facts.unparsed.length ? [`${plural(facts.unparsed.length, 'code file')} could not be parsed; what they use is not checked.`] : []),
  ].join(' ');
  if (!facts.edgeFunctions.length && !tables.length && !functions.length) return sameInBrief(`${summary} No edge function in supabase/functions.`);

  const parts = [summary];
  if (tables.length || functions.length) {
    parts.push('### What the code uses', table(['Kind', 'Used', 'Created by the migrations'], [
      ...tables.map((t) => ['table or view', code(t), unknownTables.has(t) ? '❌ no' : '✅ yes']),
      ...functions.map((f) => ['function', code(f), unknownFunctions.has(f) ? '❌ no' : '✅ yes']),
    ]));
  }
  if (facts.edgeFunctions.length) {
    parts.push('### Edge functions', table(['Function', 'Environment variables', 'Uses'], facts.edgeFunctions.map((fn) => {
      const names = [...new Set(fn.envReads.map((r) => r.name))];
      const env = names.map((n) => `${code(n)} ${PLATFORM_SECRETS.includes(n) ? '(platform)' : undeclared.has(`${fn.name}:${n}`) ? '⚠️ undeclared' : '(declared)'}`);
      const uses = [...new Set(fn.references.map((r) => `${r.schema ?? 'public'}.${r.name}`))].sort();
      return [code(fn.name), env.join(', ') || '–', uses.map((u) => `${code(u)}${unknown.has(u) ? ' ❌' : ''}`).join(', ') || '–'];
    })));
  }
  return { full: parts.join('\n\n'), brief: summary };
}

function unknownFinds(used: string[], unknown: Set<string>): string {
  const missing = used.filter((u) => unknown.has(u)).length;
  return missing ? `${missing} not created by the migrations` : 'all created by the migrations';
}
