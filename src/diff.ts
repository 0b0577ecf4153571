import { createHash } from 'node:crypto';
import { checkDiffFixes } from './fixes/check.js';
import { withKeys } from './objects.js';
import { reporter } from './rules/define-rule.js';
import { RULES } from './rules/index.js';
import type { Analysis, DiffResult, DiffedFinding, Finding, MigrationChange, Snapshot } from './types.js';

const STATEMENT_RULES = new Set(RULES.filter((r) => r.aboutStatements).map((r) => r.id));

/** Which migration files a PR added, modified, deleted or renamed (the same text at another path); line endings aside. */
export function migrationChanges(base: Pick<Analysis, 'migrations'>, head: Pick<Analysis, 'migrations'>, baseSnap: Snapshot, headSnap: Snapshot): MigrationChange[] {
  const baseFiles = new Set(base.migrations.map((m) => m.file));
  const headFiles = new Set(head.migrations.map((m) => m.file));
  const changes: MigrationChange[] = [];
  const added: string[] = [];
  for (const file of headFiles) {
    if (!baseFiles.has(file)) added.push(file);
    else if (!sameText(baseSnap.read(file), headSnap.read(file))) changes.push({ file, change: 'modified' });
  }
  const deletedByContent = new Map<string, string[]>();
  const deleted = [...baseFiles].filter((file) => !headFiles.has(file));
  for (const file of deleted) {
    const key = digest(baseSnap.read(file));
    if (key) deletedByContent.set(key, [...(deletedByContent.get(key) ?? []), file]);
  }
  const renamedFrom = new Set<string>();
  for (const file of added) {
    const from = deletedByContent.get(digest(headSnap.read(file)) ?? '')?.shift();
    if (from) {
      renamedFrom.add(from);
      changes.push({ file, change: 'renamed', from });
    } else changes.push({ file, change: 'added' });
  }
  for (const file of deleted) if (!renamedFrom.has(file)) changes.push({ file, change: 'deleted' });
  return changes.sort((a, b) => compare(a.file, b.file));
}

/**
 * Classifies head findings as new or existing and base-only ones as resolved, and runs the rules that look at the pull request.
 * Identity is rule + object (or rule + file), never a line, so edits above a finding do not make it new.
 */
export function diffFindings(base: Analysis, head: Analysis, changes: MigrationChange[]): DiffResult {
  const { classified, resolved } = classify(base, head, changes);
  return {
    findings: [...diffRuleFindings(base, head, changes), ...classified.map(([f, status]): DiffedFinding => withKeys(f, { status })), ...resolved.map((f): DiffedFinding => withKeys(f, { status: 'resolved' as const }))],
    changes,
  };
}

/**
 * The head's findings that diffFindings may call new, found before their fixes are checked: a pull request checks only
 * theirs. Where findings share an identity, diffFindings pairs them with the base's in the order it is given them, so
 * all of an identity's findings are picked when the head has more of it than the base.
 */
export function newFindings(base: Compared, head: Compared, changes: MigrationChange[]): Set<Finding> {
  const { baseKey, headKey } = identities(base, head, changes);
  const surplus = new Map<string, number>();
  for (const f of head.findings) {
    const key = headKey(f);
    if (key !== undefined) surplus.set(key, (surplus.get(key) ?? 0) + 1);
  }
  for (const f of base.findings) {
    const key = baseKey(f);
    if (key !== undefined && surplus.has(key)) surplus.set(key, surplus.get(key)! - 1);
  }
  return new Set(head.findings.filter((f) => { const key = headKey(f); return key !== undefined && surplus.get(key)! > 0; }));
}

/** What a classification reads of each side. */
type Compared = Pick<Analysis, 'findings' | 'migrations'>;

/**
 * A finding's identity on either side; undefined for a statement's finding outside the files the pull request added
 * or modified, which is neither new nor existing there and is left out.
 */
function identities(base: Compared, head: Compared, changes: MigrationChange[]): { baseKey: (f: Finding) => string | undefined; headKey: (f: Finding) => string | undefined } {
  const migrationFiles = new Set([...base.migrations, ...head.migrations].map((m) => m.file));
  const statementLevel = (f: Finding) => STATEMENT_RULES.has(f.rule) && f.file !== undefined && migrationFiles.has(f.file);
  const touched = new Set(changes.filter((c) => c.change === 'added' || c.change === 'modified').map((c) => c.file));
  // A renamed migration keeps its file-level findings: compare them under the head path.
  const headPath = new Map(changes.filter((c) => c.change === 'renamed').map((c) => [c.from!, c.file]));
  const catalogKey = (f: Finding, path = f.file) => `c${f.rule}\0${f.object !== undefined ? `o:${f.object}` : `f:${path ?? ''}`}`;
  // The same statement finding can move lines when a file is edited; its message is what stays.
  const statementKey = (f: Finding) => (touched.has(f.file!) ? `s${f.rule}\0${f.file}\0${f.message}` : undefined);
  return {
    baseKey: (f) => (statementLevel(f) ? statementKey(f) : catalogKey(f, f.file && (headPath.get(f.file) ?? f.file))),
    headKey: (f) => (statementLevel(f) ? statementKey(f) : catalogKey(f)),
  };
}

/** The head's findings with their status, in order, and the base's that the head no longer has. */
function classify(base: Compared, head: Compared, changes: MigrationChange[]): { classified: [Finding, 'new' | 'existing'][]; resolved: Finding[] } {
  const { baseKey, headKey } = identities(base, head, changes);
  // Each base finding's key made once: the two kinds are sorted into their buckets by its first letter.
  const keyed = base.findings.flatMap((f) => { const key = baseKey(f); return key === undefined ? [] : [{ f, key }]; });
  const ofKind = (kind: string) => new Buckets(keyed.filter(({ key }) => key[0] === kind));
  const catalog = ofKind('c');
  const statements = ofKind('s');
  const classified: [Finding, 'new' | 'existing'][] = [];
  for (const f of head.findings) {
    const key = headKey(f);
    if (key !== undefined) classified.push([f, (key[0] === 'c' ? catalog : statements).take(key) ? 'existing' : 'new']);
  }
  // The catalog's resolved findings before the statements'.
  return { classified, resolved: [...catalog.rest(), ...statements.rest()] };
}

/** The findings of the rules that look at a pull request: new by definition, and in the changes' order (by file). */
function diffRuleFindings(base: Analysis, head: Analysis, changes: MigrationChange[]): DiffedFinding[] {
  const found: Finding[] = [];
  // A git snapshot is labelled git:<sha>: the fixes restore from exactly that commit.
  const baseRev = base.root.startsWith('git:') ? base.root.slice(4) : 'origin/HEAD';
  for (const rule of RULES) {
    const report = 'checkDiff' in rule && reporter(rule, head.config, found);
    if (report) rule.checkDiff({ base, head, changes, baseRev, report });
  }
  return checkDiffFixes(found, { base, head, changes, baseRev, rules: RULES }).sort((a, b) => compare(a.file ?? '', b.file ?? '')).map((f) => withKeys(f, { status: 'new' as const }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A file with its CRLF line endings made LF, as git stores a text file from a checkout with `core.autocrlf` (Git for
 * Windows' default): such a checkout has every migration in CRLF, and git counts none of them changed.
 */
function lineFeeds(bytes: Buffer): Buffer {
  // As latin1 each byte is one character, and the bytes of CR LF occur in UTF-8 text only as those characters.
  return bytes.includes(0x0d) ? Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1') : bytes;
}

function sameText(a: Buffer | undefined, b: Buffer | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.equals(b) || lineFeeds(a).equals(lineFeeds(b));
}

function digest(bytes: Buffer | undefined): string | undefined {
  return bytes && createHash('sha256').update(lineFeeds(bytes)).digest('hex');
}

/** A multiset of findings by key, taken from in order so duplicates pair up one to one. */
class Buckets {
  /** Per key, its findings and how many of them were taken (shifting each out would copy the rest every time). */
  private readonly byKey = new Map<string, { findings: Finding[]; taken: number }>();
  constructor(keyed: { f: Finding; key: string }[]) {
    for (const { f, key } of keyed) {
      const bucket = this.byKey.get(key);
      if (bucket) bucket.findings.push(f);
      else this.byKey.set(key, { findings: [f], taken: 0 });
    }
  }
  take(key: string): Finding | undefined {
    const bucket = this.byKey.get(key);
    return bucket && bucket.taken < bucket.findings.length ? bucket.findings[bucket.taken++] : undefined;
  }
  rest(): Finding[] {
    return [...this.byKey.values()].flatMap((b) => b.findings.slice(b.taken));
  }
}
