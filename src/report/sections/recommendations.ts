import { ruleById } from '../../rules/index.js';
import type { DiffedFinding, Finding, Severity } from '../../types.js';
import { ItemList, fixed, folded, join, type Block } from '../blocks.js';
import { code, fence, text } from '../escape.js';
import { fixLanguage, indent, plural, verifiedMark, whereCell, type RuleGroup } from '../format.js';

export type Listed = Finding & { status?: DiffedFinding['status'] };

const PRIORITY: Record<Severity, string> = { error: 'High priority (errors)', warning: 'Medium priority (warnings)', notice: 'Low priority (notices)' };

interface Group {
  /** The priority heading, on the first group of a severity. */
  priority?: string;
  heading: string;
  size: number;
  withFixes: ItemList;
  withoutFixes: ItemList;
}

/**
 * Recommendations: the findings at head by severity and rule, each with its fix. The size fit lists only the first findings and can
 * leave the fixes out; an item is built once, when a probe or the text first reaches it, and a probe only adds lengths.
 */
export class Recommendations {
  private readonly groups: Group[] = [];

  /** How many entries the section lists in full: one per finding, or per Prisma migration for its re-run failures. */
  readonly entries: number;

  /**
   * `ruleGroups`: the findings at head, sorted by sortFindings, grouped by groupByRule; `leftOutNote` closes the line
   * that counts the entries not listed; `note` goes under the heading.
   */
  constructor(ruleGroups: RuleGroup<Listed>[], private readonly leftOutNote: () => string, private readonly note?: string) {
    let previous: Severity | undefined;
    for (const { severity, rule, findings } of ruleGroups) {
      const about = ruleById(rule)?.description;
      const entries = rule === 'non-idempotent-ddl' ? byPrismaMigration(findings) : findings.map((f) => [f]);
      // Built when the size fit or the text reaches them: a comment shows the first few hundred of a long list.
      const lines: string[] = [];
      const line = (j: number) => (lines[j] ??= entryLine(entries[j]!));
      const withFix = (j: number) => {
        const fix = entries[j]!.length === 1 ? entries[j]![0]!.fix : undefined;
        return fix ? `${line(j)}\n\n${indent(fence(fix, fixLanguage(fix)))}` : line(j);
      };
      this.groups.push({
        ...(severity !== previous ? { priority: `### ${PRIORITY[severity]}` } : {}),
        heading: `#### ${code(rule)}: ${plural(findings.length, 'finding')}${about ? `\n\n${text(about)}.` : ''}`,
        size: entries.length,
        withFixes: new ItemList({ size: entries.length, item: withFix }),
        withoutFixes: new ItemList({ size: entries.length, item: line }),
      });
      previous = severity;
    }
    this.entries = this.groups.reduce((n, g) => n + g.size, 0);
  }

  /** The section listing the first `listed` findings, with or without their fixes. */
  block(fixes: boolean, listed: number): Block {
    const parts = [fixed('## Recommendations')];
    if (!this.groups.length) parts.push(fixed('Nothing to fix: no findings.'));
    else if (this.note) parts.push(fixed(this.note));
    const separator = fixes ? '\n\n' : '\n';
    let budget = listed;
    for (const g of this.groups) {
      if (g.priority) parts.push(fixed(g.priority));
      parts.push(fixed(g.heading));
      const shown = Math.min(g.size, Math.max(0, budget));
      budget -= shown;
      const more = g.size - shown;
      const items = [
        ...(shown ? [(fixes ? g.withFixes : g.withoutFixes).first(shown, separator)] : []),
        ...(more ? [fixed(`- …and ${more} more: ${this.leftOutNote()}`)] : []),
      ];
      parts.push(folded(plural(g.size, 'finding'), join(items, separator), g.size));
    }
    return join(parts, '\n\n');
  }
}

/**
 * Re-run failures of one Prisma migration as one entry: Prisma Migrate re-runs a migration only as a whole file
 * (after `migrate resolve --rolled-back`), so a large history would otherwise list thousands of statements.
 */
function byPrismaMigration(findings: Listed[]): Listed[][] {
  const entries: Listed[][] = [];
  const ofFile = new Map<string, Listed[]>();
  for (const f of findings) {
    const file = f.file?.endsWith('/migration.sql') ? f.file : undefined;
    const same = file === undefined ? undefined : ofFile.get(file);
    if (same) same.push(f);
    else {
      const entry = [f];
      entries.push(entry);
      if (file !== undefined) ofFile.set(file, entry);
    }
  }
  return entries;
}

function entryLine(entry: Listed[]): string {
  if (entry.length === 1) return item(entry[0]!);
  const [first] = entry as [Listed];
  const lines = entry.map((f) => f.line).filter((l): l is number => l !== undefined);
  return `- ${entry.some((f) => f.status === 'new') ? '🆕 ' : ''}${code(first.file!)}: ${entry.length} statements fail when the migration runs again (lines ${lines.join(', ')}); the first: ${text(first.message)} Each statement's fix is in the JSON and SARIF reports.`;
}

function item(f: Listed): string {
  return `- ${f.status === 'new' ? '🆕 ' : ''}${f.object ? code(f.object) : ''}${f.object && f.file ? ' at ' : ''}${f.file ? whereCell(f) : ''}${f.object || f.file ? ': ' : ''}${text(f.message)}${verifiedMark(f)}`;
}
