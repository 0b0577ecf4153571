import type { Finding, Loc, Severity, VerificationSummary } from '../types.js';
import { code, detailsAround } from './escape.js';

/** The vocabulary and ordering every section of the Schema Health Report shares. */

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'notice'];
export const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
// Longer tables fold into <details> so the sections a reviewer scans stay short.
const FOLD_ROWS = 10;

/**
 * Most severe first, then by rule, place and object: the order every list of findings in the report follows. Rules
 * and files are ranked once, so most comparisons of a long list are between numbers; ties keep their order (the sort
 * is stable).
 */
export function sortFindings<T extends Finding>(findings: T[]): T[] {
  const rank = (values: string[]) => new Map([...new Set(values)].sort(cmp).map((v, i) => [v, i]));
  const rules = rank(findings.map((f) => f.rule));
  const files = rank(findings.map((f) => f.file ?? ''));
  const keyed = findings.map((f) => ({
    f, line: f.line ?? 0, object: f.object ?? '',
    place: (SEVERITY_ORDER.indexOf(f.severity) * rules.size + rules.get(f.rule)!) * files.size + files.get(f.file ?? '')!,
  }));
  keyed.sort((x, y) => x.place - y.place || x.line - y.line || cmp(x.object, y.object));
  return keyed.map((k) => k.f);
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface RuleGroup<T extends Finding> {
  severity: Severity;
  rule: string;
  findings: T[];
}

/** Runs of one rule at one severity in a sorted list. */
export function groupByRule<T extends Finding>(sorted: T[]): RuleGroup<T>[] {
  const groups: RuleGroup<T>[] = [];
  for (const f of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.rule === f.rule && last.severity === f.severity) last.findings.push(f);
    else groups.push({ severity: f.severity, rule: f.rule, findings: [f] });
  }
  return groups;
}

/**
 * The objects that the findings of each of `rules` name, read from groupByRule's groups: only the findings of those
 * rules are visited, not the whole of a long list.
 */
export function objectsByRule(groups: RuleGroup<Finding>[], rules: string[]): (rule: string) => Set<string> {
  const objects = new Map(rules.map((r) => [r, new Set<string>()]));
  for (const g of groups) {
    const named = objects.get(g.rule);
    if (named) for (const f of g.findings) if (f.object) named.add(f.object);
  }
  return (rule) => objects.get(rule) ?? new Set();
}

export function counts(findings: Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${plural(n('notice'), 'notice')}`;
}

/** ` ✔` after a finding live verification saw on a real PostgreSQL. */
export function verifiedMark(f: Finding): string {
  return f.verified ? ' ✔' : '';
}

/** `live verification on PGlite (PostgreSQL 18.7 …): 212 confirmed, 2 dropped, 3 added`: how far the static findings held. */
export function verificationLine(v: VerificationSummary): string {
  return `live verification on ${v.database}: ${v.confirmed} confirmed, ${v.dropped} dropped, ${v.added} added`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function key(x: { schema: string; name: string }): string {
  return `${x.schema}.${x.name}`;
}

export function locCell(at: Loc | undefined): string {
  return at?.file ? code(`${at.file}:${at.line}`) : '–';
}

export function whereCell(f: Finding): string {
  return f.file ? code(f.line ? `${f.file}:${f.line}` : f.file) : '–';
}

export function objectCell(f: Finding): string {
  return f.object ? code(f.object) : '–';
}

/** The one thing that names a finding in a one-line list: its object, else where it is. */
export function compactTarget(f: Finding): string {
  return f.object ? code(f.object) : whereCell(f);
}

export function fixLanguage(fix: string): string {
  if (/^\s*(model|view|enum|type)\s+\w+\s*\{/m.test(fix)) return 'prisma';
  return /^(git|mv|npx|prisma|supabase)\s/.test(fix) ? 'sh' : 'sql';
}

/** A block nested under a list item. */
export function indent(block: string): string {
  return block.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
}

export function fold(summary: string, body: string, rows: number): string {
  const [before, after] = foldAround(summary, rows);
  return `${before}${body}${after}`;
}

/** What fold() puts before and after a body of `rows` rows: a collapsed `<details>`, or nothing. */
export function foldAround(summary: string, rows: number): [string, string] {
  return rows > FOLD_ROWS ? detailsAround(summary) : ['', ''];
}

/** A commit as people read it: seven hex digits; a branch name or other label as it is. */
export function shortSha(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}
