import type { Analysis } from '../types.js';

/** One line per finding, `file:line severity rule message`, then a count: what a terminal and an editor's problem matcher read. */
export function renderText(analysis: Analysis): string {
  const lines = analysis.findings.map((f) => {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : f.object ?? '-';
    return `${where} ${f.severity} ${f.rule} ${f.message.replace(/\s*\n\s*/g, ' ')}`;
  });
  const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
  const checked = `${analysis.migrations.length} migration file(s)${analysis.schemaFiles.length ? ` and ${analysis.schemaFiles.join(', ')}` : ''}`;
  lines.push(...analysis.notes.map((n) => `note: ${n}`));
  lines.push(`${analysis.findings.length} finding(s): ${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s) in ${checked}`);
  return lines.join('\n');
}
