import type { Silencing } from '../pull-request.js';
import type { Analysis, DiffResult, Finding } from '../types.js';
import { shortSha } from './format.js';
import { silencedLines } from './sections/silenced.js';
import { sentence, type Verdict } from './verdict.js';

/** One line per finding, `file:line severity rule message`, then a count: what a terminal and an editor's problem matcher read. */
export function renderText(analysis: Analysis): string {
  const lines = analysis.findings.map((f) => findingLine(f));
  const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
  const checked = `${analysis.migrations.length} migration file(s)${analysis.schemaFiles.length ? ` and ${analysis.schemaFiles.join(', ')}` : ''}`;
  lines.push(...analysis.notes.map((n) => `note: ${n}`));
  lines.push(`${analysis.findings.length} finding(s): ${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s) in ${checked}`);
  return lines.join('\n');
}

/**
 * A comparison as `schema-guardian diff` prints it: the findings of the head with their status (new first), the
 * resolved ones, what the change silences, then the verdict the exit code follows.
 */
export function renderComparisonText(head: Analysis, compared: { base: string; head: string; diff: DiffResult; silencing: Silencing }, verdict: Verdict, notes: string[]): string {
  const order = { new: 0, existing: 1, resolved: 2 } as const;
  const findings = [...compared.diff.findings].sort((a, b) => order[a.status] - order[b.status]);
  const n = (status: keyof typeof order) => findings.filter((f) => f.status === status).length;
  const lines = findings.map((f) => `${findingLine(f)} (${f.status})`);
  lines.push(...silencedLines(compared.silencing).map((l) => `silences: ${l}`));
  lines.push(...[...notes, ...head.notes].map((note) => `note: ${note}`));
  lines.push(
    `Compared ${shortSha(compared.head)} with ${shortSha(compared.base)}: ${n('new')} new, ${n('existing')} existing, ${n('resolved')} resolved finding(s); ` +
      `${compared.diff.changes.length} migration file(s) changed.`,
  );
  lines.push(sentence(verdict));
  return lines.join('\n');
}

function findingLine(f: Finding): string {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : f.object ?? '-';
  return `${where} ${f.severity} ${f.rule} ${f.message.replace(/\s*\n\s*/g, ' ')}`;
}
