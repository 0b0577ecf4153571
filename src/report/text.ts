import type { TreeAudit } from '../projects.js';
import type { Silencing } from '../pull-request.js';
import type { Analysis, DiffResult, Finding } from '../types.js';
import { shortSha, verificationLine } from './format.js';
import { silencedLines } from './sections/silenced.js';
import { sentence, type Verdict } from './verdict.js';

/**
 * One line per finding, `file:line severity rule message`, then a count: what a terminal and an editor's problem
 * matcher read. A tree of several projects prints each as its own block under a `project` line, then the total.
 */
export function renderText(audit: TreeAudit): string {
  if (audit.projects.length === 1) return projectText(audit.merged);
  const blocks = audit.projects.map(({ project, analysis }) => {
    const schema = project.schema.length ? project.schema.join(', ') : 'no Prisma schema';
    const migrations = project.migrations ? `${project.migrations} (${project.layout})` : 'no migrations';
    return `project ${project.root}: ${schema}; ${migrations}\n${projectText(analysis)}`;
  });
  const treeNotes = audit.notes.map((n) => `note: ${n}`);
  return [...blocks, [...treeNotes, `${tally(audit.merged.findings)} in ${audit.projects.length} projects`].join('\n')].join('\n\n');
}

function projectText(analysis: Analysis): string {
  const lines = analysis.findings.map((f) => findingLine(f));
  const checked = `${analysis.migrations.length} migration file(s)${analysis.schemaFiles.length ? ` and ${analysis.schemaFiles.join(', ')}` : ''}`;
  lines.push(...analysis.notes.map((n) => `note: ${n}`));
  if (analysis.verification) lines.push(verificationLine(analysis.verification));
  lines.push(`${tally(analysis.findings)} in ${checked}`);
  return lines.join('\n');
}

function tally(findings: Finding[]): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return `${findings.length} finding(s): ${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)`;
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
  if (head.verification) lines.push(verificationLine(head.verification));
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
