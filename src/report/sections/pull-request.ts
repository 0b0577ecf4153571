import type { DiffedFinding, Severity } from '../../types.js';
import { ItemList, fixed, folded, join, tableBlock, type Block } from '../blocks.js';
import { code, fence, text } from '../escape.js';
import { ICON, compactTarget, counts, fixLanguage, groupByRule, indent, objectCell, plural, shortSha, sortFindings, verifiedMark, whereCell } from '../format.js';
import type { PrContext } from '../markdown.js';

/**
 * How much of the pull request block is kept. 0: tables with messages and fixes; 1: one line per rule naming every
 * object; 2: only errors name their objects, and only the first `errorsNamed` of them.
 */
export type PrForm = 0 | 1 | 2;

interface NewGroup {
  severity: Severity;
  /** `- ❌ \`rule\` (n)` */
  head: string;
  size: number;
  /** How many new errors come before this group's first finding. */
  errorsBefore: number;
  targets: ItemList;
}

/**
 * "This pull request": new and resolved findings and the migration files changed, first in the report because they
 * are what the reviewer is asked about. Forms 0 and 1 are built once; form 2 is measured by adding lengths.
 */
export class PullRequestBlock {
  private readonly intro: string;
  private readonly groups: NewGroup[] = [];
  private readonly forms = new Map<PrForm, Block>();

  /** `newFindings` sorted by sortFindings, so the new errors come first. */
  constructor(private readonly pr: PrContext, private readonly newFindings: DiffedFinding[]) {
    const resolved = pr.diff.findings.filter((f) => f.status === 'resolved').length;
    this.intro = `Compared ${code(shortSha(pr.head))} with its base ${code(shortSha(pr.base))}: ${plural(newFindings.length, 'new finding')}` +
      `${newFindings.length ? ` (${counts(newFindings)})` : ''}, ${plural(resolved, 'resolved finding')}, ` +
      `${plural(pr.diff.changes.length, 'migration file')} changed.`;
    let errorsBefore = 0;
    for (const { severity, rule, findings } of groupByRule(newFindings)) {
      this.groups.push({ severity, head: `- ${ICON[severity]} ${code(rule)} (${findings.length})`, size: findings.length, errorsBefore, targets: new ItemList({ size: findings.length, item: (i) => compactTarget(findings[i]!) }) });
      if (severity === 'error') errorsBefore += findings.length;
    }
  }

  block(form: PrForm, errorsNamed: number): Block {
    if (form === 2) return join([fixed('## This pull request'), fixed(this.intro), ...this.newFindingLines(form, errorsNamed)], '\n\n');
    let built = this.forms.get(form);
    if (built === undefined) {
      built = form === 0 ? this.tables() : fixed(this.lines().join('\n\n'));
      this.forms.set(form, built);
    }
    return built;
  }

  /** Form 0, its rows built as a probe or the text reaches them. */
  private tables(): Block {
    const resolved = sortFindings(this.pr.diff.findings.filter((f) => f.status === 'resolved'));
    const changes = this.pr.diff.changes;
    const found = this.newFindings;
    const out = [fixed('## This pull request'), fixed(this.intro)];
    if (found.length) {
      out.push(fixed('### New findings'), tableBlock(['#', 'Severity', 'Rule', 'Object', 'Where', 'What'], found.length, (i) => {
        const f = found[i]!;
        return [String(i + 1), `${ICON[f.severity]} ${f.severity}`, `${code(f.rule)}${verifiedMark(f)}`, objectCell(f), whereCell(f), text(f.message)];
      }));
      const fixes = found.map((f, i) => ({ f, i })).filter(({ f }) => f.fix);
      if (fixes.length) {
        const fixItem = (k: number) => {
          const { f, i } = fixes[k]!;
          return `- **${i + 1}.** ${code(f.rule)}${f.object ? ` on ${code(f.object)}` : ''}:\n\n${indent(fence(f.fix!, fixLanguage(f.fix!)))}`;
        };
        out.push(fixed('**How to fix the new findings**'), new ItemList({ size: fixes.length, item: fixItem }).first(fixes.length, '\n\n'));
      }
    }
    if (resolved.length) {
      out.push(fixed('### Resolved findings'), folded(`${resolved.length} resolved`, tableBlock(['Rule', 'Object', 'Where', 'What'], resolved.length, (i) => {
        const f = resolved[i]!;
        return [code(f.rule), objectCell(f), whereCell(f), text(f.message)];
      }), resolved.length));
    }
    if (changes.length) {
      out.push(fixed('### Migration files changed'), folded(`${changes.length} files`, tableBlock(['Migration', 'Change'], changes.length, (i) => {
        const c = changes[i]!;
        return [code(c.file), c.change === 'renamed' && c.from ? `renamed from ${code(c.from)}` : c.change];
      }), changes.length));
    }
    return join(out, '\n\n');
  }

  private lines(): string[] {
    const resolved = sortFindings(this.pr.diff.findings.filter((f) => f.status === 'resolved'));
    const changes = this.pr.diff.changes;
    const out = ['## This pull request', this.intro, ...this.newFindingLines(1, 0).map((b) => b.text())];
    if (resolved.length) out.push('### Resolved findings', groupByRule(resolved).map(({ rule, findings }) => `- ${code(rule)} (${findings.length}): ${findings.map(compactTarget).join(', ')}`).join('\n'));
    if (changes.length) {
      out.push('### Migration files changed', (['added', 'modified', 'deleted', 'renamed'] as const)
        .map((kind) => ({ kind, files: changes.filter((c) => c.change === kind) })).filter(({ files }) => files.length)
        .map(({ kind, files }) => `- ${kind} (${files.length}): ${files.map((c) => code(c.file)).join(', ')}`).join('\n'));
    }
    return out;
  }

  /** One line per rule; in form 2 only errors name their objects, the first `errorsNamed` of them. */
  private newFindingLines(form: 1 | 2, errorsNamed: number): Block[] {
    if (!this.groups.length) return [];
    const lines = this.groups.map((g) => {
      if (form === 2 && g.severity !== 'error') return fixed(g.head);
      const named = form === 2 ? Math.min(g.size, Math.max(0, errorsNamed - g.errorsBefore)) : g.size;
      const more = g.size - named;
      return join([fixed(`${g.head}: `), g.targets.first(named, ', '), fixed(more ? `${named ? ', ' : ''}and ${more} more` : '')], '');
    });
    return [fixed('### New findings'), join(lines, '\n')];
  }
}
