import { analyze, type AnalyzeOptions, type TreeAnalysis } from './analyze.js';
import { discoverProjects, type Discovery } from './sources/discover.js';
import type { Config, Layout, Snapshot } from './types.js';

/** A project as the reports name it: its folder, its schema files and its migrations, all relative to ROOT. */
export interface ProjectInfo {
  root: string;
  schema: string[];
  migrations: string | null;
  layout: Layout | null;
}

/** One project of a tree and what its audit found. */
export interface ProjectAudit {
  project: ProjectInfo;
  analysis: TreeAnalysis;
}

/** A whole tree: each project audited on its own, and every project's analysis in one view. */
export interface TreeAudit {
  /** Sorted by folder. */
  projects: ProjectAudit[];
  /**
   * Every project's findings, tables, migrations and notes together, paths relative to ROOT, plus what discovery
   * says about the tree as a whole: what the exit code, JSON and SARIF read. With one project, its own analysis.
   */
  merged: TreeAnalysis;
  /** What discovery says about the tree rather than one project (a schema no migrations go with); also in `merged`. */
  notes: string[];
}

/**
 * The audit of a tree that may hold several projects (a monorepo): each migrations folder with the schema of its own
 * package, so one package's schema is never compared with another's migrations. `schema` / `migrations` in the
 * config pin a single project.
 */
export async function auditTree(snapshot: Snapshot, config: Config, options: AnalyzeOptions = {}): Promise<TreeAudit> {
  const found = discoverProjects(snapshot, config);
  const projects: ProjectAudit[] = [];
  for (const discovery of [...found.projects].sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0)))
    projects.push({ project: projectInfo(discovery), analysis: await analyze(snapshot, config, discovery, options) });
  return { projects, merged: merge(snapshot.label, config, projects.map((p) => p.analysis), found.notes), notes: found.notes };
}

function projectInfo(d: Discovery): ProjectInfo {
  return { root: d.root, schema: d.schemaFiles, migrations: d.migrationsDir, layout: d.layout };
}

function merge(label: string, config: Config, analyses: TreeAnalysis[], treeNotes: string[]): TreeAnalysis {
  const only = analyses.length === 1 ? analyses[0]! : undefined;
  if (only) return treeNotes.length ? { ...only, notes: [...only.notes, ...treeNotes] } : only;
  const same = <T>(values: T[]): T | null => (values.every((v) => v === values[0]) ? values[0] ?? null : null);
  return {
    root: label,
    config,
    layout: same(analyses.map((a) => a.layout)),
    migrationsDir: same(analyses.map((a) => a.migrationsDir)),
    schemaFiles: analyses.flatMap((a) => a.schemaFiles),
    // Models of different projects may map the same table name: there is no one schema of the tree.
    prisma: null,
    migrations: analyses.flatMap((a) => a.migrations),
    catalog: {
      tables: analyses.flatMap((a) => a.catalog.tables),
      views: analyses.flatMap((a) => a.catalog.views),
      functions: analyses.flatMap((a) => a.catalog.functions),
      extensions: analyses.flatMap((a) => a.catalog.extensions),
      enums: analyses.flatMap((a) => a.catalog.enums),
      schemas: [...new Set(analyses.flatMap((a) => a.catalog.schemas))],
      extensionNeeds: analyses.flatMap((a) => a.catalog.extensionNeeds ?? []),
    },
    exposedSchemas: [...new Set(analyses.flatMap((a) => a.exposedSchemas))],
    usesRls: analyses.some((a) => a.usesRls),
    findings: analyses.flatMap((a) => a.findings),
    notes: [...analyses.flatMap((a) => a.notes), ...treeNotes],
    ignores: analyses.flatMap((a) => a.ignores),
  };
}
