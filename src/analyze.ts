import { Replay } from './catalog/replay.js';
import { matchesTableGlob } from './config.js';
import { FixChecker } from './fixes/check.js';
import { takenVersions } from './fixes/versions.js';
import { createdRelation } from './parse/ast.js';
import { initParser, parseMigration, Session } from './parse/sql.js';
import { parsePrismaSchema, schemaNotCompared } from './parse/prisma.js';
import { reporter, type IgnoreContext, type RuleFacts } from './rules/define-rule.js';
import { RULES } from './rules/index.js';
import { readText } from './sources/decode.js';
import { readCode } from './sources/code.js';
import { discover, type Discovery } from './sources/discover.js';
import type { Analysis, Config, Finding, IgnoreComment, MigrationInfo, ParseProblem, Snapshot, Statement } from './types.js';

/** Per migration file, the lines each top-level statement spans, in order: where a `next` ignore comment reaches. */
export type StatementSpans = Map<string, { from: number; to: number }[]>;

/** The lines each top-level statement of a file spans, in order (live verification suppresses what it adds the same way). */
export function statementSpans(statements: Statement[]): { from: number; to: number }[] {
  return statements.filter((st) => st.origin === 'top').map((st) => ({ from: st.line, to: st.line + (st.text.match(/\n/g)?.length ?? 0) })).sort((a, b) => a.from - b.from);
}

/** An analysis with the tree's ignore comments and what each silenced: what a pull request that adds one silences. */
export type TreeAnalysis = Analysis & { ignores: IgnoreContext['ignores'] };

/**
 * The schemas an `exposed-schemas` setting exposes: `auto` is those the project's Supabase API serves
 * (supabase/config.toml) when it says, else public when the project uses RLS at all.
 */
export function exposedSchemasOf(setting: Config['exposedSchemas'], usesRls: boolean, apiSchemas?: string[]): string[] {
  return setting === 'auto' ? (apiSchemas ?? (usesRls ? ['public'] : [])) : setting;
}

/** The whole engine for one project of a tree (by default the one discovery finds): parse, replay, run every rule, apply suppressions. */
export async function analyze(snapshot: Snapshot, config: Config, found: Discovery = discover(snapshot, config)): Promise<TreeAnalysis> {
  await initParser();
  const unreadable: { file: string; problem: string }[] = [];
  const read = (path: string): string | undefined => {
    const decoded = readText(snapshot, path);
    if ('problem' in decoded) { unreadable.push({ file: path, problem: decoded.problem }); return undefined; }
    return decoded.text;
  };

  const schemaTexts = found.schemaFiles.flatMap((path) => { const text = read(path); return text === undefined ? [] : [{ path, text }]; });
  const prisma = schemaTexts.length ? parsePrismaSchema(schemaTexts) : null;

  const replayed = new Replay({ prismaLayout: found.layout === 'prisma', isManaged: (schema) => config.managedSchemas.includes(schema) });
  const session = new Session();
  const fixes = new FixChecker();
  const parseProblems: ParseProblem[] = [];
  const ignores: IgnoreComment[] = [];
  const spans: StatementSpans = new Map();
  const skipped: string[] = [];
  const skippedRelations = new Map<string, string>();
  const infos: MigrationInfo[] = [];
  for (const { file, applied } of found.migrationFiles) {
    const text = read(file);
    const m = text === undefined ? undefined : parseMigration(file, text);
    if (m && applied) {
      replayed.add(m);
      fixes.afterFile(m, replayed);
      parseProblems.push(...session.problems(m));
      ignores.push(...m.ignores);
      // What suppression needs of the statements; their syntax trees can go now.
      spans.set(file, statementSpans(m.statements));
    }
    if (!applied) skipped.push(file);
    if (m && !applied) {
      for (const key of m.statements.flatMap((s) => createdRelation(s.node) ?? [])) if (!skippedRelations.has(key)) skippedRelations.set(key, file);
    }
    infos.push({ file, applied, statements: m?.topLevelCount ?? 0, idempotent: null, description: m?.description ?? describeByName(file) });
  }

  for (const info of infos) info.idempotent = replayed.idempotent.get(info.file) ?? null;
  const managed = new Set(config.managedSchemas);
  const isManagedSchema = (schema: string) => managed.has(schema);
  const catalog = replayed.catalog.toData(isManagedSchema);
  const notCompared = schemaNotCompared({ prisma, schemaFiles: found.schemaFiles, catalog });
  // A project uses RLS when its layout is Supabase's or any of its own tables has RLS or a policy.
  const usesRls = found.layout === 'supabase' || catalog.tables.some((t) => t.rls || t.policies.length > 0);
  const exposedSchemas = exposedSchemasOf(config.exposedSchemas, usesRls, found.apiSchemas);

  const applied = found.migrationFiles.filter((m) => m.applied).map((m) => m.file);
  const code = readCode(snapshot, found.codeRoot ?? found.root);
  const facts: RuleFacts = {
    applied, takenVersions: takenVersions(applied, found.layout),
    config, layout: found.layout, prisma: notCompared ? null : prisma, prismaErrors: prisma?.errors ?? [], catalog, parseProblems, skipped, unreadable,
    rerunFailures: replayed.failures, firstRunFailures: replayed.firstRunFailures, exposedSchemas, usesRls, tablesUncertain: replayed.catalog.dynamicTables, isManagedSchema,
    code, skippedRelations,
  };
  const raw: Finding[] = [];
  for (const rule of RULES) {
    const report = 'check' in rule && reporter(rule, config, raw);
    if (report) rule.check({ ...facts, report });
  }
  const suppressed = suppress(raw, ignores, spans, prisma?.models ?? [], config);
  const findings = fixes.check(suppressed.kept, { snapshot, config, discovery: found, rules: RULES, facts, catalog: replayed.catalog, managed: isManagedSchema, raw, schemaTexts });
  const knownRules = RULES.map((r) => r.id);
  for (const rule of RULES) {
    const report = 'checkIgnores' in rule && reporter(rule, config, findings);
    if (report) rule.checkIgnores({ ignores: suppressed.ignores, knownRules, report });
  }
  findings.sort(byPlace);

  return {
    root: snapshot.label, config, layout: found.layout, migrationsDir: found.migrationsDir, schemaFiles: found.schemaFiles,
    prisma, migrations: infos, catalog, exposedSchemas, usesRls, findings, code,
    notes: [
      ...found.notes, ...(notCompared ? [`The Prisma schema was not compared with the migrations: ${notCompared}.`] : []),
      ...code.unparsed.map((u) => `${u.file}:${u.line} could not be parsed as code (${u.message}), so the tables and functions it uses are not checked.`),
    ], ignores: suppressed.ignores,
  };
}

/**
 * Drops findings silenced by ignore comments or `ignore-tables`, and tells which findings each ignore comment silenced.
 * A `next` ignore covers the whole statement (or model) that follows it, so it reaches findings inside a DO block too.
 */
export function suppress(findings: Finding[], sqlIgnores: IgnoreComment[], statements: StatementSpans, models: { file: string; line: number; ignores: IgnoreComment[] }[], config: Config): { kept: Finding[]; ignores: IgnoreContext['ignores'] } {
  const spans = new Map<IgnoreComment, { file: string; from: number; to: number }>();
  for (const ig of sqlIgnores) {
    if (ig.scope === 'file') { spans.set(ig, { file: ig.file, from: 0, to: Infinity }); continue; }
    const next = statements.get(ig.file)?.find((s) => s.from > ig.line);
    if (next) spans.set(ig, { file: ig.file, ...next });
  }
  for (const model of models) for (const ig of model.ignores) spans.set(ig, { file: model.file, from: model.line, to: model.line });
  const ignores = [...sqlIgnores, ...models.flatMap((m) => m.ignores)].map((comment) => ({ comment, silenced: [] as Finding[] }));

  const kept = findings.filter((f) => {
    if (f.object && config.ignoreTables.some((g) => { const dot = f.object!.indexOf('.'); return matchesTableGlob(g, f.object!.slice(0, dot), f.object!.slice(dot + 1)); })) return false;
    const hit = ignores.find(({ comment }) => {
      const span = spans.get(comment);
      return comment.rule === f.rule && span && f.file === span.file && (f.line ?? 0) >= span.from && (f.line ?? 0) <= span.to;
    });
    hit?.silenced.push(f);
    return !hit;
  });
  return { kept, ignores };
}

/** Findings in file order, then line, rule and object: the order every report lists them in. */
export function byPlace(a: Finding, b: Finding): number {
  return (a.file ?? '\uffff').localeCompare(b.file ?? '\uffff') || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule) || (a.object ?? '').localeCompare(b.object ?? '');
}

/** A description from the file name when the file has no leading comment: `20240101_initial_schema.sql` → "initial schema". */
function describeByName(file: string): string {
  const name = file.endsWith('/migration.sql') ? file.split('/').slice(-2)[0]! : file.slice(file.lastIndexOf('/') + 1);
  return name.replace(/\.sql$/, '').replace(/^[\d_-]+/, '').replace(/_/g, ' ').trim() || name;
}
