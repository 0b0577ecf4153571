import { analyze, exposedSchemasOf, AnalysisCache, type FixSelection, type TreeAnalysis } from './analyze.js';
import { auditTree, type TreeAudit } from './projects.js';
import { loadConfig, severityOf, type LoadConfigOptions } from './config.js';
import { diffFindings, migrationChanges, newFindings } from './diff.js';
import { UsageError } from './errors.js';
import { RULES } from './rules/index.js';
import { normalizePath } from './sources/paths.js';
import { SEVERITY_RANK, type Config, type DiffResult, type Finding, type IgnoreComment, type MigrationChange, type Severity, type Snapshot } from './types.js';

/** A setting of the head's configuration under which the guard reports less than under the base's. */
export type SilencedSetting =
  | { key: 'rules'; rule: string; from: Severity; to: 'off' | Severity }
  | { key: 'ignore-tables' | 'managed-schemas'; added: string[] }
  | { key: 'exposed-schemas'; removed: string[] }
  | { key: 'schema' | 'migrations' | 'layout'; from?: string; to?: string };

/** What a pull request silences, compared with its base: settings, and ignore comments it adds. */
export interface Silencing {
  settings: SilencedSetting[];
  /** Ignore comments at the head that the base does not have, each with the findings it silences there. */
  ignores: { comment: IgnoreComment; silenced: Finding[] }[];
  /** Why the base's configuration could not be compared, when it could not. */
  unknown?: string;
}

/** Everything a pull request is judged on. */
export interface PullRequestAnalysis {
  base: TreeAnalysis;
  head: TreeAnalysis;
  /** The head's projects, each audited on its own; `head` merges them. */
  headTree: TreeAudit;
  diff: DiffResult;
  silencing: Silencing;
  /** What the comparison had to assume, in words. */
  notes: string[];
  /** Whose fixes were checked and shown. */
  fixes: FixesShown;
}

/** Whose fixes a pull request checks and shows: its new findings', or every finding's at the head. */
export type FixesShown = 'new' | 'all';

/** Runs one named step; the action logs each in its own group, the CLI just runs it. */
export type Step = <T>(name: string, run: () => T | Promise<T>) => Promise<T>;

const justRun: Step = async (_name, run) => run();

/** Live verification of both trees of a pull request (src/verify), handed in by the CLI and the action when asked. */
export type VerifyTrees = (audits: { base: TreeAudit; head: TreeAudit }, trees: { base: Snapshot; head: Snapshot }, step: Step) => Promise<{ base: TreeAudit; head: TreeAudit }>;

/**
 * The pull request mode, shared by the action and `schema-guardian diff`: both trees analysed with the head's
 * configuration (so the diff shows schema changes, not configuration changes), new / existing / resolved findings and
 * the rules that look at the pair, and what the head's configuration and ignore comments silence that the base's did not.
 * `fixes` says whose fixes are checked and shown: the new findings' (the default), or every finding's at the head (when
 * existing findings count too).
 */
export async function analyzePullRequest(trees: { base: Snapshot; head: Snapshot }, options: LoadConfigOptions, step: Step = justRun, verify?: VerifyTrees, fixes: FixesShown = 'new'): Promise<PullRequestAnalysis> {
  const config = await step('Load configuration', () => loadConfig(trees.head, options));
  const notes: string[] = [];
  // The base first: the head's analysis goes on from the base's replay where its migrations begin with the base's.
  const cache = new AnalysisCache();
  const staticBase = await step('Analyse the base', () => auditBase(trees.base, config, notes, cache));
  // Per project both trees have, its migration files' changes: the pick of the new findings reads them before the diff.
  const changes = new Map<string, MigrationChange[]>();
  const checkFixes = fixes === 'all' || newAgainst(staticBase, trees, changes);
  const staticHead = await step('Analyse the head', () => auditTree(trees.head, config, { cache, checkFixes }));
  // Live verification (--verify) judges both trees before they are compared, so the diff compares like with like.
  const { base, head } = verify ? await verify({ base: staticBase, head: staticHead }, trees, step) : { base: staticBase, head: staticHead };
  const diff = await diffProjects(base, head, trees, changes);
  return { base: base.merged, head: head.merged, headTree: head, diff, silencing: silencing(trees.base, options, config, base.merged, head.merged, diff.changes), notes, fixes };
}

/**
 * Picks, in each project of the head, the findings new against the same project at the base. Checking a fix costs a
 * re-audit, and an existing finding's fix is the one a full audit shows: a pull request adding ten migrations to a
 * thousand has a few hundred new findings among thousands.
 */
function newAgainst(base: TreeAudit, trees: { base: Snapshot; head: Snapshot }, changes: Map<string, MigrationChange[]>): FixSelection {
  const atBase = new Map(base.projects.map((p) => [p.project.root, p.analysis]));
  return (project) => {
    const before = atBase.get(project.root);
    if (!before) return () => true;
    const changed = migrationChanges(before, project, trees.base, trees.head);
    changes.set(project.root, changed);
    const fresh = newFindings(before, project, changed);
    return (f) => fresh.has(f);
  };
}

/**
 * Each project of the head against the same project (its folder) at the base: one project's newest migration or
 * findings never stand in for another's. A project only one side has is compared with nothing. `known`: the changes of
 * the projects whose changes were read already, by folder.
 */
async function diffProjects(base: TreeAudit, head: TreeAudit, trees: { base: Snapshot; head: Snapshot }, known: Map<string, MigrationChange[]>): Promise<DiffResult> {
  const atBase = new Map(base.projects.map((p) => [p.project.root, p.analysis]));
  const pairs: [TreeAnalysis, TreeAnalysis, MigrationChange[] | undefined][] = [];
  for (const { project, analysis } of head.projects) {
    const before = atBase.get(project.root);
    pairs.push(before ? [before, analysis, known.get(project.root)] : [await nothing(trees.base, analysis.config), analysis, undefined]);
    atBase.delete(project.root);
  }
  for (const gone of atBase.values()) pairs.push([gone, await nothing(trees.head, gone.config), undefined]);
  const diffs = pairs.map(([b, h, changes]) => diffFindings(b, h, changes ?? migrationChanges(b, h, trees.base, trees.head)));
  return { findings: diffs.flatMap((d) => d.findings), changes: diffs.flatMap((d) => d.changes) };
}

/**
 * The base through the head's configuration. A schema or migrations path the pull request itself introduces does not
 * exist at the base yet: the base then had nothing there, and everything at the head is new.
 */
async function auditBase(snapshot: Snapshot, config: Config, notes: string[], cache: AnalysisCache): Promise<TreeAudit> {
  try {
    return await auditTree(snapshot, config, { checkFixes: false, cache });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    notes.push(`The base has no ${[config.schema, config.migrations].filter(Boolean).join(' or ')} yet: everything there is new.`);
    return auditTree(emptyTree(snapshot), { ...config, schema: undefined, migrations: undefined });
  }
}

/** The analysis of a tree with no files, labelled as `snapshot`: what a project one side lacks is compared with. */
async function nothing(snapshot: Snapshot, config: Config): Promise<TreeAnalysis> {
  return analyze(emptyTree(snapshot), { ...config, schema: undefined, migrations: undefined });
}

function emptyTree(snapshot: Snapshot): Snapshot {
  return { label: snapshot.label, files: () => [], read: () => undefined };
}

function silencing(baseTree: Snapshot, options: LoadConfigOptions, config: Config, base: TreeAnalysis, head: TreeAnalysis, changes: MigrationChange[]): Silencing {
  const ignores = addedIgnores(base, head, changes);
  let before: Config;
  try {
    before = baseConfig(baseTree, options);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { settings: [], ignores, unknown: `the base's configuration could not be read (${e.message})` };
  }
  const settings: SilencedSetting[] = [];
  for (const rule of RULES) {
    const from = severityOf(rule.id, rule.defaultSeverity, before);
    const to = severityOf(rule.id, rule.defaultSeverity, config);
    if (from && (!to || SEVERITY_RANK[to] < SEVERITY_RANK[from])) settings.push({ key: 'rules', rule: rule.id, from, to: to ?? 'off' });
  }
  const added = (now: string[], was: string[]) => now.filter((x) => !was.includes(x));
  const tables = added(config.ignoreTables, before.ignoreTables);
  if (tables.length) settings.push({ key: 'ignore-tables', added: tables });
  const unexposed = added(exposedSchemasOf(before.exposedSchemas, head.usesRls), head.exposedSchemas);
  if (unexposed.length) settings.push({ key: 'exposed-schemas', removed: unexposed });
  const managed = added(config.managedSchemas, before.managedSchemas);
  if (managed.length) settings.push({ key: 'managed-schemas', added: managed });
  for (const key of ['schema', 'migrations', 'layout'] as const)
    if (before[key] !== config[key]) settings.push({ key, from: before[key], to: config[key] });
  return { settings, ignores };
}

/** The base's own configuration; a config file the pull request introduces leaves the base with the defaults. */
function baseConfig(tree: Snapshot, options: LoadConfigOptions): Config {
  const path = options.configPath === undefined ? undefined : normalizePath(options.configPath);
  if (path === undefined || tree.files().includes(path)) return loadConfig(tree, options);
  return loadConfig({ ...tree, files: () => [] }, { ...options, configPath: undefined });
}

/**
 * Ignore comments of the head the base does not have (a renamed migration keeps its own); an edited reason counts as
 * added. A malformed one silences nothing (unused-ignore reports it).
 */
function addedIgnores(base: TreeAnalysis, head: TreeAnalysis, changes: MigrationChange[]): Silencing['ignores'] {
  const renamedTo = new Map(changes.filter((c) => c.change === 'renamed').map((c) => [c.from!, c.file]));
  const key = (c: IgnoreComment, file = c.file) => `${file}\0${c.rule}\0${c.scope}\0${c.reason}`;
  const atBase = new Map<string, number>();
  for (const { comment } of base.ignores) {
    const k = key(comment, renamedTo.get(comment.file) ?? comment.file);
    atBase.set(k, (atBase.get(k) ?? 0) + 1);
  }
  return head.ignores.filter(({ comment }) => {
    if (comment.malformed) return false;
    const left = atBase.get(key(comment)) ?? 0;
    atBase.set(key(comment), left - 1);
    return left <= 0;
  });
}
