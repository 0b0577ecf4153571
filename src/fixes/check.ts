/**
 * Every fix the engine shows is one it has applied itself: replayed where its finding is, a fix must make the
 * finding go away, run twice without failing, and raise no new warning or error. A fix that does not is not shown;
 * the finding says no verified fix is known instead.
 *
 * Where a fix is checked depends on what it changes:
 * - a statement's fix (non-idempotent-ddl, non-idempotent-data) replaces the statement in its file. It is checked
 *   while the replay stands right after that file (see `afterFile`): the file runs again, on a fork of that state,
 *   with the fix in place; neither the fix nor any statement that did not fail before may fail.
 *   Each candidate (the idempotent form, then a guard for exactly what the re-run raises) is tried in turn; the first
 *   that passes is the fix.
 * - SQL that goes in a new migration (missing-rls, rls-no-policy, missing-table) runs on a fork of the catalog the
 *   migrations end with, twice, and the tree rules run again on the result.
 * - a Prisma model (missing-model) is added to the schema, which must still parse and map the table.
 * - a `git mv` (migration-skipped, duplicate-migration-version) renames the file in the listing the rule reads.
 * Forks share everything with the catalog they come from until they write, so running a fix costs what its own
 * statements cost; nothing is copied. The re-audit runs every rule, so fixes are re-audited in groups.
 */
import type { Catalog } from '../catalog/catalog.js';
import { forgetRowsFor } from '../catalog/handlers/data.js';
import type { RerunFailureAt } from '../catalog/replay.js';
import { executionOrder, runsInFileOrder } from '../parse/plpgsql.js';
import { parsePrismaSchema } from '../parse/prisma.js';
import { lastAtOrBefore } from '../parse/lines.js';
import { parseMigration, runOrder, type TakenMigration } from '../parse/sql.js';
import { reporter, type Rule, type RuleFacts } from '../rules/define-rule.js';
import { discover, type Discovery } from '../sources/discover.js';
import { SEVERITY_RANK, type Analysis, type Config, type Finding, type MigrationChange, type ParsedMigration, type Snapshot, type Statement } from '../types.js';
import { parseGitMv, parseGitRestore } from './git-commands.js';
import { rerunFixCandidates } from './idempotent.js';
import { ADD_TO, applyModelFix } from './prisma-model.js';
import { takenVersions } from './versions.js';

/** How a rule's fix is applied to be checked. A rule not listed here shows no fix: none could be checked. */
const APPLIED_AS: Record<string, 'statement' | 'new-migration' | 'prisma' | 'rename'> = {
  'non-idempotent-ddl': 'statement',
  'non-idempotent-data': 'statement',
  'missing-rls': 'new-migration',
  'rls-no-policy': 'new-migration',
  'missing-table': 'new-migration',
  'unindexed-foreign-key': 'new-migration',
  'rls-column-unindexed': 'new-migration',
  'duplicate-index': 'new-migration',
  'security-definer-search-path': 'new-migration',
  'security-definer-view': 'new-migration',
  'materialized-view-in-api': 'new-migration',
  'foreign-table-in-api': 'new-migration',
  'rpc-security-definer': 'new-migration',
  'rls-disabled-with-policy': 'new-migration',
  'missing-extension': 'new-migration',
  'extension-in-public': 'new-migration',
  'missing-model': 'prisma',
  'migration-skipped': 'rename',
  'duplicate-migration-version': 'rename',
};

/** What the message of a finding whose fix failed its check says instead of showing the fix. */
export const NO_VERIFIED_FIX = 'No verified fix is known.';

/** A finding whose fix was not seen to work: shown without it, saying so. */
export function withoutVerifiedFix(f: Finding): Finding {
  if (f.fix === undefined) return f;
  const { fix: _unverified, ...rest } = f;
  return { ...rest, message: `${f.message} ${NO_VERIFIED_FIX}` };
}

/** What the tree's audit knows, for checking the fixes of its findings. */
export interface FixContext {
  snapshot: Snapshot;
  config: Config;
  discovery: Discovery;
  rules: readonly Rule[];
  /** Per rule, the facts it read in the audit. */
  reads: ReadonlyMap<Rule, ReadonlySet<string | symbol>>;
  facts: RuleFacts;
  /** The catalog as the last migration left it. */
  catalog: Catalog;
  managed: (schema: string) => boolean;
  /** The tree rules' findings before suppression: what a re-audit finds anyway. */
  raw: Finding[];
  /** The Prisma schema's files as read. */
  schemaTexts: { path: string; text: string }[];
  /** Called before each check that re-audits a whole catalog or schema (see AnalyzeOptions.betweenPhases). */
  betweenPhases?: () => void;
  /** Called between the batches of fixes a check parses and runs, and before each re-audit (see AnalyzeOptions.betweenSteps). */
  betweenSteps?: () => void;
}

export class FixChecker {
  /** By `file:line` of a failing statement: the fixes proposed for it and the one that passed, if any. */
  private readonly statementFixes = new Map<string, { candidates: string[]; verified: string | undefined }[]>();

  /**
   * Checks the fixes of the statements of `m` that fail on a re-run (`failures`, what `replay.add(m)` gave). Call it
   * right after that, with the replay's catalog: it then stands as the file's first run left it, which later files
   * change.
   */
  afterFile(m: TakenMigration, catalog: Catalog, failures: RerunFailureAt[]): void {
    if (failures.length === 0) return;
    const rerunWith = (replaced: Map<number, Statement[]>) => rerun(catalog, m, replaced);
    // What fails with no fix in place: a fix may leave those failing (their own fixes see to them), nothing else.
    // Needed only when something other than a fix fails, so run only then.
    let baseline: Set<number> | undefined;
    const candidatesOf = failures.map(({ failure: { statement, condition } }) => rerunFixCandidates(statement, condition));
    // The first candidates in one parse: one call into the parser per file, not per fix.
    const firsts = fixStatementsOf(failures.map(({ failure: { statement } }, i) => ({ stmt: statement, fix: candidatesOf[i]![0]! })));
    const proposals = failures.map(({ at, failure: { statement } }, i) => {
      const candidates = candidatesOf[i]!;
      const parsed = new Map<number, Statement[]>([[0, firsts[i] ?? []]]);
      const fix = (n: number) => parsed.get(n) ?? parsed.set(n, fixStatementsOf([{ stmt: statement, fix: candidates[n]! }])[0] ?? []).get(n)!;
      return { at, statement, candidates, fix };
    });
    type Proposal = (typeof proposals)[number];
    /** The proposals whose candidate `n` fails with the others in place, and whether another statement newly fails. */
    const trial = (group: Proposal[], n: number) => {
      const replaced = new Map(group.map((p) => [p.at, p.fix(n)]));
      const { fixes, others } = rerunWith(replaced);
      const broken = group.filter((p) => { const fix = replaced.get(p.at)!; return fix.length === 0 || fix.some((s) => fixes.has(s)); });
      return { broken, others: [...others].some((at) => !(baseline ??= rerunWith(new Map()).others).has(at)) };
    };
    // First candidates together, at the cost of a run or two: those that fail there are set aside until the rest pass.
    let group = proposals;
    const alone: Proposal[] = [];
    for (;;) {
      const { broken, others } = trial(group, 0);
      if (broken.length === 0 && !others) break;
      const aside = broken.length > 0 ? broken : group;
      alone.push(...aside);
      group = group.filter((p) => !aside.includes(p));
      if (group.length === 0) break;
    }
    for (const p of group) this.record(p.statement, p.candidates, p.candidates[0]);
    // Each one set aside: its candidates in turn, alone, so a failure is its own.
    for (const p of alone) {
      const n = p.candidates.findIndex((_, i) => { const r = trial([p], i); return r.broken.length === 0 && !r.others; });
      this.record(p.statement, p.candidates, n < 0 ? undefined : p.candidates[n]);
    }
  }

  /** A checker that goes on from the files this one has seen, for a replay forked from theirs. */
  fork(): FixChecker {
    const twin = new FixChecker();
    for (const [key, fixes] of this.statementFixes) twin.statementFixes.set(key, fixes);
    return twin;
  }

  private record(statement: Statement, candidates: string[], verified: string | undefined): void {
    const key = `${statement.file}:${statement.line}`;
    this.statementFixes.set(key, [...(this.statementFixes.get(key) ?? []), { candidates, verified }]);
  }

  /**
   * The findings with each fix checked: kept when it passes (or replaced by the candidate that did), else removed and
   * said. Fixes not checked are left out, unsaid: without `whole`, those that go in a new migration or the Prisma
   * schema (they cost a re-audit, and a pull request's base shows none of them); with a selection, those of the
   * findings it does not select.
   */
  check(findings: Finding[], whole: boolean | ((f: Finding) => boolean), context: FixContext): Finding[] {
    const shown = new Map<Finding, string | undefined>();
    const way = (f: Finding) => APPLIED_AS[f.rule];
    const checked = (f: Finding): f is Finding & { fix: string } =>
      f.fix !== undefined && (typeof whole === 'function' ? whole(f) : whole || (way(f) !== 'new-migration' && way(f) !== 'prisma'));
    const withFix = findings.filter(checked);
    for (const f of withFix) {
      if (way(f) === 'statement') shown.set(f, this.statementFixes.get(`${f.file}:${f.line}`)?.find((e) => e.candidates.includes(f.fix))?.verified);
      else if (way(f) === 'rename') shown.set(f, renameFixes(f, f.fix, context) ? f.fix : undefined);
      else if (way(f) === undefined) shown.set(f, undefined);
    }
    const newMigrationFindings = withFix.filter((f) => way(f) === 'new-migration');
    if (newMigrationFindings.length) context.betweenPhases?.();
    const newMigrations = newMigrationFixes(newMigrationFindings, context);
    const modelFindings = withFix.filter((f) => way(f) === 'prisma');
    if (modelFindings.length) context.betweenPhases?.();
    const models = prismaFixes(modelFindings, context);
    for (const f of withFix) if (way(f) === 'new-migration' || way(f) === 'prisma') shown.set(f, newMigrations.has(f) || models.has(f) ? f.fix : undefined);
    return findings.map((f) => {
      if (f.fix === undefined) return f;
      if (!checked(f)) {
        const { fix: _unchecked, ...rest } = f;
        return rest;
      }
      const fix = shown.get(f);
      if (fix === f.fix) return f;
      if (fix !== undefined) return { ...f, fix };
      return withoutVerifiedFix(f);
    });
  }
}

/**
 * For each fix, the statements it runs in place of `stmt`, as the replay meets them: inside a DO block when `stmt` is
 * in one (so the block's EXCEPTION handlers still apply); undefined when the fix does not parse.
 */
function fixStatementsOf(fixes: { stmt: Statement; fix: string }[]): (Statement[] | undefined)[] {
  const texts = fixes.map(({ stmt, fix }) => (stmt.origin !== 'top' ? `DO $sg_fix$\nBEGIN\n${fix}\nEND $sg_fix$;` : fix));
  const file = fixes[0]?.stmt.file ?? '';
  return parseEach(file, texts).map((parsed, i) => {
    if (!parsed || parsed.unresolved.length > 0) return undefined;
    const { stmt } = fixes[i]!;
    const inBlock = stmt.origin !== 'top';
    return parsed.statements.filter((s) => (inBlock ? s.origin === 'do' : s.origin !== 'function')).map((s) => ({
      ...s, file: stmt.file, line: stmt.line, guarded: s.guarded || stmt.guarded,
      ...(inBlock && { origin: stmt.origin, catches: [...(s.catches ?? []), ...(stmt.catches ?? [])] }),
    }));
  });
}

/** What one text reads as: its statements and unresolved EXECUTEs, lines counted from its own first. */
type ParsedText = Pick<ParsedMigration, 'statements' | 'unresolved'>;

/**
 * Each text as `parseMigration` reads it alone; undefined where it raises a problem. A call into the parser costs more
 * than a fix's own statements, so the texts are parsed as one, each on lines of its own. Where that raises a
 * problem, a statement spans two texts (one lacks its semicolon), or a text sets check_function_bodies (which would
 * reach the texts after it), each text is parsed alone instead.
 */
export function parseEach(file: string, texts: string[]): (ParsedText | undefined)[] {
  const alone = () => texts.map((text) => { const m = parseMigration(file, text); return m.problems.length > 0 ? undefined : m; });
  if (texts.length < 2 || texts.some((t) => /check_function_bodies/i.test(t))) return alone();
  const starts: number[] = [];
  let line = 1;
  for (const text of texts) {
    starts.push(line);
    line += text.split('\n').length;
  }
  const parsed = parseMigration(file, texts.join('\n'));
  const owner = (at: number) => lastAtOrBefore(starts, at);
  const lastLine = (s: Statement) => s.line + (s.text.match(/\n/g)?.length ?? 0);
  if (parsed.problems.length > 0 || parsed.statements.some((s) => s.origin === 'top' && owner(lastLine(s)) !== owner(s.line))) return alone();
  const out = texts.map((): ParsedText => ({ statements: [], unresolved: [] }));
  for (const s of parsed.statements) out[owner(s.line)]!.statements.push({ ...s, line: s.line - starts[owner(s.line)]! + 1 });
  for (const u of parsed.unresolved) out[owner(u.line)]!.unresolved.push({ ...u, line: u.line - starts[owner(u.line)]! + 1 });
  return out;
}

/**
 * Runs a file again on a fork of `start` (the state its first run left) with the statements at some places replaced,
 * the way the replay re-runs a file (one read of it); the replacing statements that fail, and the places of the
 * others that fail. A fix behaves as its statement on the first run, where that succeeded, so this second run is the
 * one that decides.
 */
function rerun(start: Catalog, m: TakenMigration, replaced: Map<number, Statement[]>): { fixes: Set<Statement>; others: Set<number> } {
  const fixes = new Set<Statement>();
  const others = new Set<number>();
  const catalog = start.fork();
  for (const { at, step } of runOrder(m)) {
    if (!('node' in step)) {
      forgetRowsFor(catalog, step);
      continue;
    }
    const fix = replaced.get(at);
    if (!fix) {
      if (catalog.applyStrict(step)) others.add(at);
    } else for (const s of fix) if (catalog.applyStrict(s)) fixes.add(s);
  }
  return { fixes, others };
}

/** Identity of a finding across audits: the same rule about the same object, or at the same place. */
function findingKey(f: Finding): string {
  return `${f.rule}\0${f.object ?? `${f.file ?? ''}:${f.line ?? ''}`}`;
}

/** Per audit, the rules whose findings failed a re-audit, latest first: a re-audit runs them first. */
const suspects = new WeakMap<FixContext, Rule[]>();

/**
 * Whether the tree rules, run on changed facts, no longer report the `fixed` findings and raise no warning or error
 * that was not there before. One such finding decides, so the re-audit stops at the first rule that reports one; the
 * rules that failed earlier re-audits run first, as they are the likeliest to fail this one.
 */
function reauditPasses(fixed: Finding[], facts: RuleFacts, context: FixContext): boolean {
  const before = new Set(context.raw.map(findingKey));
  const keys = new Set(fixed.map(findingKey));
  const fails = (g: Finding) => keys.has(findingKey(g)) || (!before.has(findingKey(g)) && SEVERITY_RANK[g.severity] >= SEVERITY_RANK.warning);
  const changed = (Object.keys(facts) as (keyof RuleFacts)[]).filter((k) => facts[k] !== context.facts[k]);
  // A rule that read none of the changed facts finds what it found; the fixed findings still count against it.
  const affected = (rule: Rule) => !context.reads.has(rule) || changed.some((k) => context.reads.get(rule)!.has(k)) || fixed.some((f) => f.rule === rule.id);
  const first = suspects.get(context) ?? [];
  for (const rule of [...first, ...context.rules.filter((r) => !first.includes(r))].filter(affected)) {
    const found: Finding[] = [];
    const report = 'check' in rule && reporter(rule, context.config, found);
    // Rules claim the versions they suggest: a re-audit claims from a copy. It reads findings, never their fixes.
    if (report) rule.check({ ...facts, takenVersions: new Set(facts.takenVersions), showsFixes: false, report });
    if (found.some(fails)) {
      suspects.set(context, [rule, ...first.filter((r) => r !== rule)]);
      return false;
    }
  }
  return true;
}

/**
 * The members whose fixes pass `passes`: all of them when they pass together, else each half in turn, down to one.
 * A re-audit runs every rule over the whole catalog, so checking fixes one by one would cost findings × tables; in
 * a group, it costs one re-audit when every fix passes and a few more per fix that does not.
 */
function passingTogether<T>(members: T[], passes: (group: T[]) => boolean): T[] {
  if (members.length === 0 || passes(members)) return members;
  if (members.length === 1) return [];
  const half = Math.ceil(members.length / 2);
  return [...passingTogether(members.slice(0, half), passes), ...passingTogether(members.slice(half), passes)];
}

/** Runs SQL after the last migration, strictly (as PostgreSQL would); whether nothing failed. */
function runStrict(catalog: Catalog, m: ParsedText): boolean {
  for (const step of executionOrder(m, runsInFileOrder)) {
    if (!('node' in step)) catalog.applyUnresolved(step);
    else if (catalog.applyStrict(step)) return false;
  }
  return true;
}

/**
 * The characters of fixes parsed at once: one call into the parser for many fixes, while the trees of a batch die
 * young. Batches of 256 KB (the parser's piece) added 33-36 MB to the 1,000-file audit's resident memory as its
 * 12,750 fixes ran alone, batches of 32 KB 11-15 MB, in the same time.
 */
const FIX_BATCH_CHARS = 32 * 1024;

/**
 * The findings whose SQL for a new migration passes: on its own it runs after the last migration, and again; with the
 * other fixes in place, the audit of the result no longer reports the finding.
 *
 * The fixes are parsed FIX_BATCH_CHARS at a time, and each is run alone, then after the others that passed so far, as
 * soon as it is parsed: the syntax trees of every fix of a long history, held until all had run alone, were 16 MB of
 * the 1,000-file audit's heap. A group that fails is split, and its halves parse their fixes again.
 */
function newMigrationFixes(findings: (Finding & { fix: string })[], context: FixContext): Set<Finding> {
  const runnable: (Finding & { fix: string })[] = [];
  const together = context.catalog.fork();
  let ranTogether = true;
  forEachParsed(findings, context.betweenSteps, (m, finding) => {
    if (!m) return;
    const once = context.catalog.fork();
    if (!runStrict(once, m) || !runStrict(once.fork(), m)) return;
    runnable.push(finding);
    ranTogether &&= runStrict(together, m);
  });
  return new Set(passingTogether(runnable, (group) => {
    context.betweenSteps?.();
    let catalog = together;
    if (group !== runnable) {
      const half = context.catalog.fork();
      let ran = true;
      forEachParsed(group, context.betweenSteps, (m) => { ran &&= m !== undefined && runStrict(half, m); });
      if (!ran) return false;
      catalog = half;
    } else if (!ranTogether) return false;
    return reauditPasses(group, { ...context.facts, catalog: catalog.toData(context.managed) }, context);
  }));
}

/** Each fix as parseEach reads it, in order, parsed FIX_BATCH_CHARS at a time; `betweenBatches` after each batch. */
function forEachParsed<T extends { fix: string }>(fixes: T[], betweenBatches: (() => void) | undefined, visit: (m: ParsedText | undefined, fix: T) => void): void {
  for (let from = 0; from < fixes.length; ) {
    let to = from;
    for (let chars = 0; to < fixes.length && (to === from || chars < FIX_BATCH_CHARS); to++) chars += fixes[to]!.fix.length;
    const batch = fixes.slice(from, to);
    parseEach('schema-guardian-fix.sql', batch.map((f) => f.fix)).forEach((m, i) => visit(m, batch[i]!));
    betweenBatches?.();
    from = to;
  }
}

/** The findings whose Prisma model (and what it needs of the other models) passes: the schema still parses, and the audit maps the table. */
function prismaFixes(findings: (Finding & { fix: string })[], context: FixContext): Set<Finding> {
  return new Set(passingTogether(findings, (group) => {
    context.betweenSteps?.();
    const edited = withModelFixes(context.schemaTexts, group.map((f) => f.fix));
    if (!edited) return false;
    const prisma = parsePrismaSchema(edited, { trial: true });
    return prisma.errors.length === 0 && reauditPasses(group, { ...context.facts, prisma }, context);
  }));
}

type SchemaFile = { path: string; text: string };

/**
 * The schema files with every fix applied in turn by applyModelFix, at the cost of one pass: applying them one by one
 * copies the first file, which grows by a model per fix, once per fix. A field addition goes into its model where the
 * files stood before the new blocks (its lines just before the model's closing brace, after those added there
 * before); the blocks are appended once, as the fixes one by one leave them (each appended to the previous text
 * trimmed at its end). Where an addition's model or its closing brace is not in the original text of the first file,
 * the fixes are applied one by one.
 */
export function withModelFixes(files: SchemaFile[], fixes: string[]): SchemaFile[] | undefined {
  if (fixes.length === 0) return files;
  if (files.length === 0) return undefined;
  // Where each model closes, found once: looking it up per addition made the pass quadratic in the schema's size.
  const closings = files.map((f) => modelClosings(f.text));
  const insertions = files.map(() => new Map<number, string>());
  const blocks: string[] = [];
  for (const fix of fixes) {
    const [head = '', ...additions] = fix.split(/^(?=\/\/ Add to model )/m);
    for (const addition of additions) {
      const [title = '', ...fieldLines] = addition.trimEnd().split('\n');
      const model = title.slice(ADD_TO.length).replace(/:$/, '');
      const i = closings.findIndex((c) => c.has(model));
      // A model only the appended blocks declare, or no closing brace before them: the text one by one is needed.
      if (i !== 0 && (i < 0 || blocks.length > 0)) return oneByOne(files, fixes);
      const at = closings[i]!.get(model);
      if (at === undefined) return oneByOne(files, fixes);
      insertions[i]!.set(at, `${insertions[i]!.get(at) ?? ''}${fieldLines.map((l) => `  ${l.replace(/^\/\/\s*/, '')}\n`).join('')}`);
    }
    blocks.push(head.trim());
  }
  const edited = files.map((f, i) => {
    let text = '';
    let from = 0;
    for (const at of [...insertions[i]!.keys()].sort((a, b) => a - b)) {
      text += f.text.slice(from, at) + insertions[i]!.get(at)!;
      from = at;
    }
    return { ...f, text: text + f.text.slice(from) };
  });
  const last = blocks.pop() ?? '';
  edited[0]!.text = `${edited[0]!.text.trimEnd()}${blocks.filter((b) => b !== '').map((b) => `\n\n${b}`).join('')}\n\n${last}\n`;
  return edited;
}

/**
 * Per model a file declares (the first declaration of a name), where the first line that starts with `}` after its
 * opening begins; undefined for a model with no such line.
 */
function modelClosings(text: string): Map<string, number | undefined> {
  const closings = new Map<string, number | undefined>();
  const closing = /^\}/gm;
  for (const m of text.matchAll(/^model\s+(\w+)\s*\{/gm)) {
    if (closings.has(m[1]!)) continue;
    closing.lastIndex = m.index;
    closings.set(m[1]!, closing.exec(text)?.index);
  }
  return closings;
}

function oneByOne(files: SchemaFile[], fixes: string[]): SchemaFile[] | undefined {
  let edited: SchemaFile[] | undefined = files;
  for (const fix of fixes) edited = edited && applyModelFix(edited, fix);
  return edited;
}

/**
 * `git mv FROM TO` of a migration: TO is free and in the same folder, and with the file renamed in the listing the
 * rule no longer reports it under either name.
 */
function renameFixes(f: Finding, fix: string, context: FixContext): boolean {
  const move = parseGitMv(fix);
  const { discovery, snapshot, config } = context;
  if (!move || move.from !== f.file || discovery.migrationsDir === null) return false;
  const files = snapshot.files();
  if (files.includes(move.to) || !files.includes(move.from)) return false;
  const renamed: Snapshot = { ...snapshot, files: () => files.map((file) => (file === move.from ? move.to : file)).sort() };
  const listed = discover(renamed, { ...config, migrations: discovery.migrationsDir, layout: discovery.layout ?? undefined }).migrationFiles;
  const applied = listed.filter((m) => m.applied).map((m) => m.file);
  if (!applied.includes(move.to)) return false;
  const facts: RuleFacts = {
    ...context.facts, applied, takenVersions: takenVersions(applied, discovery.layout), skipped: listed.filter((m) => !m.applied).map((m) => m.file),
  };
  // The finding under its new name is a new one, so it counts too.
  return reauditPasses([f], facts, context);
}

/** The pull request a pull-request rule looked at, for checking the fixes of its findings. */
export interface DiffFixContext {
  base: Analysis;
  head: Analysis;
  changes: MigrationChange[];
  baseRev: string;
  rules: readonly Rule[];
}

/**
 * The pull-request rules' findings with each fix checked on the pull request itself: a `git mv` renames the file
 * among the head's migrations, a `git restore` undoes the file's change; then the rule must no longer report it.
 */
export function checkDiffFixes(findings: Finding[], context: DiffFixContext): Finding[] {
  return findings.map((f) => (f.fix === undefined || diffFixFixes(f, f.fix, context) ? f : withoutVerifiedFix(f)));
}

function diffFixFixes(f: Finding, fix: string, context: DiffFixContext): boolean {
  const { base, head, changes, baseRev } = context;
  const rule = context.rules.find((r) => r.id === f.rule);
  if (!rule || !('checkDiff' in rule) || f.file === undefined) return false;
  const file = f.file;
  const move = parseGitMv(fix);
  const restore = parseGitRestore(fix);
  let after: { head: Analysis; changes: MigrationChange[]; file: string } | undefined;
  if (move) {
    // A Prisma migration is its folder: the fix moves the folder.
    const renamed = (path: string) => (path === move.from ? move.to : path.startsWith(`${move.from}/`) ? `${move.to}${path.slice(move.from.length)}` : path);
    const to = renamed(file);
    if (to === file || head.migrations.some((m) => m.file === to)) return false;
    after = {
      head: { ...head, migrations: head.migrations.map((m) => ({ ...m, file: renamed(m.file) })) },
      changes: changes.map((c) => ({ ...c, file: renamed(c.file) })),
      file: to,
    };
  } else if (restore && restore.rev === baseRev && restore.path === file) {
    const atBase = base.migrations.find((m) => m.file === file);
    if (!atBase) return false;
    after = {
      head: { ...head, migrations: [...head.migrations.filter((m) => m.file !== file), atBase] },
      changes: changes.filter((c) => c.file !== file),
      file,
    };
  }
  if (!after) return false;
  const found: Finding[] = [];
  const report = reporter(rule, head.config, found);
  if (report) rule.checkDiff({ base, head: after.head, changes: after.changes, baseRev, report });
  return !found.some((g) => g.file === file || g.file === after.file);
}
