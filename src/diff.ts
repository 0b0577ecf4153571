import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { severityOf } from './config.js';
import { claimVersion, successor } from './fixes/versions.js';
import migrationDeleted from './rules/migration-deleted.js';
import migrationModified from './rules/migration-modified.js';
import migrationOutOfOrder from './rules/migration-out-of-order.js';
import type { Rule } from './rules/define-rule.js';
import type { Analysis, DiffResult, DiffedFinding, Finding, Layout, MigrationChange, Snapshot } from './types.js';

// Findings about one statement of a migration file: a PR is answerable only for the files it touched.
const STATEMENT_RULES = new Set(['non-idempotent-ddl', 'parse-error', 'unused-ignore']);

/** Which migration files a PR added, modified, deleted or renamed (same bytes, other path). */
export function migrationChanges(base: Analysis, head: Analysis, baseSnap: Snapshot, headSnap: Snapshot): MigrationChange[] {
  const baseFiles = new Set(base.migrations.map((m) => m.file));
  const headFiles = new Set(head.migrations.map((m) => m.file));
  const changes: MigrationChange[] = [];
  const added: string[] = [];
  for (const file of headFiles) {
    if (!baseFiles.has(file)) added.push(file);
    else if (digest(baseSnap.read(file)) !== digest(headSnap.read(file))) changes.push({ file, change: 'modified' });
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
 * Classifies head findings as new or existing and base-only ones as resolved, and raises the diff rules.
 * Identity is rule + object (or rule + file), never a line, so edits above a finding do not make it new.
 */
export function diffFindings(base: Analysis, head: Analysis, changes: MigrationChange[]): DiffResult {
  const migrationFiles = new Set([...base.migrations, ...head.migrations].map((m) => m.file));
  const statementLevel = (f: Finding) => STATEMENT_RULES.has(f.rule) && f.file !== undefined && migrationFiles.has(f.file);
  const touched = new Set(changes.filter((c) => c.change === 'added' || c.change === 'modified').map((c) => c.file));
  // A renamed migration keeps its file-level findings: compare them under the head path.
  const headPath = new Map(changes.filter((c) => c.change === 'renamed').map((c) => [c.from!, c.file]));

  const catalogKey = (f: Finding, path = f.file) => `${f.rule}\0${f.object !== undefined ? `o:${f.object}` : `f:${path ?? ''}`}`;
  // The same statement finding can move lines when a file is edited; its message is what stays.
  const statementKey = (f: Finding) => `${f.rule}\0${f.file}\0${f.message}`;

  const baseCatalog = new Buckets(base.findings.filter((f) => !statementLevel(f)), (f) => catalogKey(f, f.file && (headPath.get(f.file) ?? f.file)));
  const baseStatements = new Buckets(base.findings.filter((f) => statementLevel(f) && touched.has(f.file!)), statementKey);

  const classified: DiffedFinding[] = [];
  for (const f of head.findings) {
    if (statementLevel(f)) {
      if (touched.has(f.file!)) classified.push({ ...f, status: baseStatements.take(statementKey(f)) ? 'existing' : 'new' });
    } else classified.push({ ...f, status: baseCatalog.take(catalogKey(f)) ? 'existing' : 'new' });
  }
  const resolved = [...baseCatalog.rest(), ...baseStatements.rest()].map((f): DiffedFinding => ({ ...f, status: 'resolved' }));
  return { findings: [...diffRuleFindings(base, head, changes), ...classified, ...resolved], changes };
}

/** Findings of migration-modified, migration-deleted and migration-out-of-order. */
function diffRuleFindings(base: Analysis, head: Analysis, changes: MigrationChange[]): DiffedFinding[] {
  const out: DiffedFinding[] = [];
  const raise = (rule: Rule, file: string, message: string, fix: string) => {
    const severity = severityOf(rule.id, rule.defaultSeverity, head.config);
    if (severity) out.push({ rule: rule.id, severity, message, file, line: 1, fix, status: 'new' });
  };
  const appliedAtBase = new Set(base.migrations.filter((m) => m.applied).map((m) => m.file));
  const appliedAtHead = new Set(head.migrations.filter((m) => m.applied).map((m) => m.file));
  const layout = head.layout ?? base.layout;
  // A git snapshot is labelled git:<sha>: the fixes restore from exactly that commit.
  const baseRev = base.root.startsWith('git:') ? base.root.slice(4) : 'origin/HEAD';
  const restore = (file: string, then: string) => `git restore --source=${baseRev} -- ${file}\n# ${then}`;
  const newest = [...appliedAtBase].map((file) => ({ file, version: migrationVersion(file, layout) })).sort((a, b) => compare(a.version, b.version)).pop();

  for (const c of changes) {
    if (c.change === 'modified' && appliedAtBase.has(c.file))
      raise(
        migrationModified,
        c.file,
        `Migration ${c.file} already exists on the base branch and was edited; databases that applied it will never run the edit.`,
        restore(c.file, 'then put the change in a new migration'),
      );
    else if (c.change === 'deleted' && appliedAtBase.has(c.file))
      raise(
        migrationDeleted,
        c.file,
        `Migration ${c.file} was deleted; databases that applied it keep its changes, and their migration history no longer matches the repository.`,
        restore(c.file, 'then undo its changes in a new migration'),
      );
    else if (c.change === 'added' && appliedAtHead.has(c.file) && newest) {
      const version = migrationVersion(c.file, layout);
      if (compare(version, newest.version) <= 0)
        raise(
          migrationOutOfOrder,
          c.file,
          `Migration ${c.file} (version ${version}) does not sort after ${newest.file} (version ${newest.version}), the newest migration on the base branch; databases already past it will not apply it.`,
          `git mv ${renameAfter(c.file, newest.version, layout, head).join(' ')}`,
        );
    }
  }
  return out;
}

/** The version a migration tool orders by: leading digits (Supabase), folder name (Prisma), else the file name. */
export function migrationVersion(file: string, layout: Layout | null): string {
  const name = posix.basename(file);
  if (layout === 'prisma') return posix.basename(posix.dirname(file));
  if (layout === 'supabase') return /^\d+/.exec(name)?.[0] ?? name;
  return name;
}


/** What to move, and where, so that a migration's version comes after `after` and collides with none at the head. */
function renameAfter(file: string, after: string, layout: Layout | null, head: Analysis): [string, string] {
  // Prisma versions are folder names (`20240301120000_name`): their leading digits are what orders them.
  const digits = /^\d+/.exec(after)?.[0];
  const taken = new Set(head.migrations.map((m) => /^\d*/.exec(migrationVersion(m.file, layout))![0]));
  const next = digits ? claimVersion(successor(digits), taken) : `${after}_1`;
  const from = layout === 'prisma' ? posix.dirname(file) : file;
  return [from, posix.join(posix.dirname(from), posix.basename(from).replace(/^\d*_?/, `${next}_`))];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function digest(bytes: Buffer | undefined): string | undefined {
  return bytes && createHash('sha256').update(bytes).digest('hex');
}

/** A multiset of findings by key, taken from in order so duplicates pair up one to one. */
class Buckets {
  private readonly byKey = new Map<string, Finding[]>();
  constructor(findings: Finding[], key: (f: Finding) => string) {
    for (const f of findings) this.byKey.set(key(f), [...(this.byKey.get(key(f)) ?? []), f]);
  }
  take(key: string): Finding | undefined {
    return this.byKey.get(key)?.shift();
  }
  rest(): Finding[] {
    return [...this.byKey.values()].flat();
  }
}
