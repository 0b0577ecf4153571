import { pinSearchPath } from '../../fixes/search-path.js';
import { ruleById } from '../../rules/index.js';
import type { DiffedFinding, Finding, FunctionInfo, Severity } from '../../types.js';
import { ItemList, fixed, folded, join, type Block } from '../blocks.js';
import { code, fence, text } from '../escape.js';
import { SEVERITY_ORDER, fixLanguage, groupByRule, indent, plural, verifiedMark, whereCell } from '../format.js';

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

interface Review {
  heading: string;
  advice: string;
  fix: string;
}

/**
 * Recommendations: the findings at head by severity and rule, each with its fix, then the SECURITY DEFINER functions
 * the row level security review found without a search_path. The size fit lists only the first findings and can
 * leave the fixes out; every item is built once, and a probe only adds lengths.
 */
export class Recommendations {
  private readonly groups: Group[] = [];
  private readonly review: Review | undefined;

  /**
   * `current` sorted by sortFindings; `unpinned`: SECURITY DEFINER functions without a search_path; `leftOutNote`
   * closes the line that counts the findings not listed.
   */
  constructor(private readonly current: Listed[], unpinned: FunctionInfo[], private readonly leftOutNote: string) {
    this.review = review(unpinned);
    for (const severity of SEVERITY_ORDER) {
      for (const [i, { rule, findings }] of groupByRule(current.filter((f) => f.severity === severity)).entries()) {
        const about = ruleById(rule)?.description;
        const lines = findings.map(item);
        this.groups.push({
          ...(i === 0 ? { priority: `### ${PRIORITY[severity]}` } : {}),
          heading: `#### ${code(rule)}: ${plural(findings.length, 'finding')}${about ? `\n\n${text(about)}.` : ''}`,
          size: findings.length,
          withFixes: new ItemList(findings.map((f, j) => (f.fix ? `${lines[j]}\n\n${indent(fence(f.fix, fixLanguage(f.fix)))}` : lines[j]!))),
          withoutFixes: new ItemList(lines),
        });
      }
    }
  }

  /** The section listing the first `listed` findings, with or without their fixes. */
  block(fixes: boolean, listed: number): Block {
    const parts = [fixed('## Recommendations')];
    if (!this.current.length) parts.push(fixed('Nothing to fix: no findings.'));
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
        ...(more ? [fixed(`- …and ${more} more: ${this.leftOutNote}`)] : []),
      ];
      parts.push(folded(plural(g.size, 'finding'), join(items, separator), g.size));
    }
    if (this.review) {
      parts.push(fixed(this.review.heading), fixed(this.review.advice));
      if (fixes) parts.push(fixed(this.review.fix));
    }
    return join(parts, '\n\n');
  }
}

function review(unpinned: FunctionInfo[]): Review | undefined {
  const n = unpinned.length;
  if (!n) return undefined;
  return {
    heading: '### From the row level security review',
    advice: `${plural(n, 'SECURITY DEFINER function')} ${n === 1 ? 'has' : 'have'} no ${code('search_path')}: pin it to the schemas ${n === 1 ? 'its body uses' : 'their bodies use'}, ${code('pg_temp')} last; once every name in a body is schema-qualified, ${code("search_path = ''")} is stricter.`,
    fix: fence(unpinned.map(pinSearchPath).join('\n'), 'sql'),
  };
}

function item(f: Listed): string {
  return `- ${f.status === 'new' ? '🆕 ' : ''}${f.object ? code(f.object) : ''}${f.object && f.file ? ' at ' : ''}${f.file ? whereCell(f) : ''}${f.object || f.file ? ': ' : ''}${text(f.message)}${verifiedMark(f)}`;
}
