import { quoteIdent } from '../parse/ast.js';
import { ruleById } from '../rules/index.js';
import type { Analysis, DiffResult, DiffedFinding, Finding, FunctionInfo, IndexInfo, Loc, PrismaModel, Severity, TableInfo } from '../types.js';
import { code, details, fence, table, text } from './escape.js';
import { policyWords } from './policy-words.js';

/** The pull request a report is about: the diff against its base. */
export interface PrContext {
  diff: DiffResult;
  base: string;
  head: string;
}

export interface MarkdownOptions {
  /** Adds the "This pull request" block (new / resolved findings, changed migrations). */
  pr?: PrContext;
  /** Upper bound on the whole output, marker included (a PR comment: 65,536). */
  maxLength?: number;
  /** Where the unabridged report is, named when the report had to be shortened. */
  fullReportHint?: string;
  /** Hidden comment put on the first line, by which the sticky comment is found again. */
  marker?: string;
}

type SectionId = 'summary' | 'schema' | 'indexes' | 'rls' | 'migrations' | 'extensions' | 'validation';

/** Detail sections in the order they give way when the report is too long: least useful to a reviewer first. */
const DROP_ORDER: SectionId[] = ['validation', 'indexes', 'migrations', 'extensions', 'schema', 'rls'];

const SECTION_TITLE: Record<SectionId, string> = {
  summary: 'Executive summary', schema: 'Schema comparison', indexes: 'Index analysis', rls: 'Row level security',
  migrations: 'Migration health', extensions: 'Extensions', validation: 'Validation queries',
};

/** How much of the report is kept; FULL keeps everything. */
interface Detail {
  brief: Set<SectionId>;
  fixes: boolean;
  /** Findings listed under Recommendations. */
  listed: number;
  /** 0: tables with messages and fixes; 1: one line per rule naming every object; 2: errors only name their objects. */
  prForm: 0 | 1 | 2;
  /** New errors named in form 2 (the last thing ever cut). */
  errorsNamed: number;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'notice'];
const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const PRIORITY: Record<Severity, string> = { error: 'High priority (errors)', warning: 'Medium priority (warnings)', notice: 'Low priority (notices)' };
// Longer tables fold into <details> so the sections a reviewer scans stay short.
const FOLD_ROWS = 10;

/**
 * The Schema Health Report: every line is built from what the engine found in `analysis`, so the report never claims
 * a check it did not make. With `maxLength` it sheds detail section by section, then the existing findings, and keeps
 * every new error's rule and object to the last.
 */
export function renderMarkdown(analysis: Analysis, opts: MarkdownOptions = {}): string {
  const view = new ReportView(analysis, opts);
  const max = opts.maxLength ?? Infinity;
  let detail: Detail = { brief: new Set(), fixes: true, listed: view.current.length, prForm: 0, errorsNamed: view.newErrors.length };
  let out = view.compose(detail);
  if (out.length <= max) return out;

  for (const id of DROP_ORDER) {
    detail = { ...detail, brief: new Set([...detail.brief, id]) };
    out = view.compose(detail);
    if (out.length <= max) return out;
  }
  detail = { ...detail, fixes: false };
  for (const prForm of [0, 1, 2] as const) {
    detail = { ...detail, prForm };
    const listed = largest(view.current.length, (n) => view.compose({ ...detail, listed: n }).length <= max);
    if (listed !== undefined) return view.compose({ ...detail, listed });
    detail = { ...detail, listed: 0 };
  }
  const named = largest(view.newErrors.length, (n) => view.compose({ ...detail, errorsNamed: n }).length <= max);
  out = view.compose({ ...detail, errorsNamed: named ?? 0 });
  // Only a limit smaller than the report's fixed frame gets here; cutting beats posting nothing.
  return out.length <= max ? out : out.slice(0, max);
}

/** The largest n in [0, hi] with fits(n), assuming fits is monotone; undefined when not even 0 fits. */
function largest(hi: number, fits: (n: number) => boolean): number | undefined {
  if (!fits(0)) return undefined;
  let lo = 0;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

type Listed = Finding & { status?: DiffedFinding['status'] };

class ReportView {
  /** Findings at head (new and existing in a PR), most severe first. */
  readonly current: Listed[];
  readonly newFindings: DiffedFinding[];
  readonly newErrors: DiffedFinding[];
  private readonly full = new Map<SectionId, string>();
  private readonly brief = new Map<SectionId, string>();
  private readonly helpers: { rows: string[][]; unsafe: FunctionInfo[] };

  constructor(private readonly a: Analysis, private readonly opts: MarkdownOptions) {
    const pr = opts.pr;
    this.current = sortFindings(pr ? pr.diff.findings.filter((f) => f.status !== 'resolved') : a.findings);
    this.newFindings = sortFindings(pr ? pr.diff.findings.filter((f) => f.status === 'new') : []);
    this.newErrors = this.newFindings.filter((f) => f.severity === 'error');
    this.helpers = this.helperFunctions();
    const sections: [SectionId, () => [string, string]][] = [
      ['summary', () => this.summary()], ['schema', () => this.schema()], ['indexes', () => this.indexes()],
      ['rls', () => this.rls()], ['migrations', () => this.migrations()], ['extensions', () => this.extensions()],
      ['validation', () => this.validation()],
    ];
    for (const [id, build] of sections) {
      const [full, brief] = build();
      this.full.set(id, full);
      this.brief.set(id, brief);
    }
  }

  compose(d: Detail): string {
    const shortened = this.shortened(d);
    const section = (id: SectionId) => `## ${SECTION_TITLE[id]}\n\n${d.brief.has(id) ? `${this.brief.get(id)}\n\n_${this.leftOut('Details')}_` : this.full.get(id)}`;
    const parts = [
      ...(this.opts.marker ? [this.opts.marker] : []),
      `# Schema Health Report\n\n${status(this.current)}`,
      ...(shortened ? [`> ${shortened}`] : []),
      ...(this.opts.pr ? [this.pullRequest(this.opts.pr, d)] : []),
      section('summary'), section('schema'), section('indexes'), section('rls'), section('migrations'), section('extensions'),
      this.recommendations(d),
      section('validation'),
    ];
    return `${parts.join('\n\n')}\n`;
  }

  private leftOut(what: string): string {
    return `${what} left out to fit the size limit${this.opts.fullReportHint ? `; the full report is in ${this.opts.fullReportHint}` : ''}.`;
  }

  private shortened(d: Detail): string | undefined {
    const cuts: string[] = [];
    if (d.brief.size) cuts.push(`the details of ${DROP_ORDER.filter((id) => d.brief.has(id)).map((id) => SECTION_TITLE[id].toLowerCase()).join(', ')}`);
    if (!d.fixes) cuts.push('the fixes under Recommendations');
    if (d.listed < this.current.length) cuts.push(`${this.current.length - d.listed} of ${this.current.length} findings under Recommendations`);
    if (d.prForm > 0) cuts.push('the messages and fixes of the new findings');
    if (d.prForm > 1) cuts.push('the objects of new warnings and notices, the resolved findings and the changed files');
    if (d.errorsNamed < this.newErrors.length) cuts.push(`the objects of ${this.newErrors.length - d.errorsNamed} new errors`);
    if (!cuts.length) return undefined;
    return `ℹ️ This report was shortened to fit ${this.opts.maxLength!.toLocaleString('en-US')} characters. Left out: ${cuts.join('; ')}.${this.opts.fullReportHint ? ` The full report is in ${this.opts.fullReportHint}.` : ''}`;
  }

  // ------------------------------------------------------------------ this pull request

  private pullRequest(pr: PrContext, d: Detail): string {
    const resolved = sortFindings(pr.diff.findings.filter((f) => f.status === 'resolved'));
    const changes = pr.diff.changes;
    const out = [
      '## This pull request',
      `Compared ${code(shortSha(pr.head))} with its base ${code(shortSha(pr.base))}: ${plural(this.newFindings.length, 'new finding')}` +
        `${this.newFindings.length ? ` (${counts(this.newFindings)})` : ''}, ${plural(resolved.length, 'resolved finding')}, ` +
        `${plural(changes.length, 'migration file')} changed.`,
    ];
    if (d.prForm === 0) {
      if (this.newFindings.length) {
        out.push('### New findings', table(['#', 'Severity', 'Rule', 'Object', 'Where', 'What'], this.newFindings.map((f, i) => [
          String(i + 1), `${ICON[f.severity]} ${f.severity}`, code(f.rule), objectCell(f), whereCell(f), text(f.message),
        ])));
        const fixes = this.newFindings.map((f, i) => ({ f, i })).filter(({ f }) => f.fix);
        if (fixes.length) {
          out.push('**How to fix the new findings**', fixes.map(({ f, i }) => `- **${i + 1}.** ${code(f.rule)}${f.object ? ` on ${code(f.object)}` : ''}:\n\n${indent(fence(f.fix!, fixLanguage(f.fix!)))}`).join('\n\n'));
        }
      }
      if (resolved.length) {
        out.push('### Resolved findings', fold(`${resolved.length} resolved`, table(['Rule', 'Object', 'Where', 'What'], resolved.map((f) => [code(f.rule), objectCell(f), whereCell(f), text(f.message)])), resolved.length));
      }
      if (changes.length) {
        out.push('### Migration files changed', fold(`${changes.length} files`, table(['Migration', 'Change'], changes.map((c) => [
          code(c.file), c.change === 'renamed' && c.from ? `renamed from ${code(c.from)}` : c.change,
        ])), changes.length));
      }
      return out.join('\n\n');
    }
    if (this.newFindings.length) {
      const lines = groupByRule(this.newFindings).map(({ severity, rule, findings }) => {
        const head = `- ${ICON[severity]} ${code(rule)} (${findings.length})`;
        if (d.prForm === 2 && severity !== 'error') return head;
        const named = d.prForm === 2 ? findings.slice(0, Math.max(0, d.errorsNamed - this.newErrors.indexOf(findings[0] as DiffedFinding))) : findings;
        const more = findings.length - named.length;
        return `${head}: ${named.map(compactTarget).join(', ')}${more ? `${named.length ? ', ' : ''}and ${more} more` : ''}`;
      });
      out.push('### New findings', lines.join('\n'));
    }
    if (d.prForm === 1) {
      if (resolved.length) out.push('### Resolved findings', groupByRule(resolved).map(({ rule, findings }) => `- ${code(rule)} (${findings.length}): ${findings.map(compactTarget).join(', ')}`).join('\n'));
      if (changes.length) {
        out.push('### Migration files changed', (['added', 'modified', 'deleted', 'renamed'] as const)
          .map((kind) => ({ kind, files: changes.filter((c) => c.change === kind) })).filter(({ files }) => files.length)
          .map(({ kind, files }) => `- ${kind} (${files.length}): ${files.map((c) => code(c.file)).join(', ')}`).join('\n'));
      }
    }
    return out.join('\n\n');
  }

  // ------------------------------------------------------------------ executive summary

  private summary(): [string, string] {
    const a = this.a;
    const prisma = a.prisma;
    const models = prisma ? prisma.models.filter((m) => !m.implicit) : [];
    const applied = a.migrations.filter((m) => m.applied).length;
    const c = a.catalog;
    const compared = [
      `- **Prisma schema:** ${a.schemaFiles.length ? `${a.schemaFiles.map(code).join(', ')}, ${plural(models.length, 'model')}` : 'none found'}`,
      `- **Migrations:** ${a.migrationsDir ? `${plural(a.migrations.length, 'file')} in ${code(a.migrationsDir)} (${layoutWords(a.layout)}): ${applied} applied, ${a.migrations.length - applied} skipped` : 'none found'}`,
      `- **Exposed schemas:** ${a.exposedSchemas.length ? `${a.exposedSchemas.map(code).join(', ')}, checked for row level security` : 'none, so row level security is not checked'}`,
      `- **Built by the migrations:** ${plural(c.tables.length, 'table')}, ${plural(c.views.length, 'view')}, ${plural(c.functions.length, 'function')}, ${plural(c.extensions.length, 'extension')}`,
    ];
    const notes = a.notes.map((n) => `- ${text(n)}`);
    const verdict = `**Verdict:** ${verdictWords(this.current)}`;
    const full = ['This report compares:', compared.join('\n'), ...(notes.length ? ['Not found:', notes.join('\n')] : []), verdict].join('\n\n');
    return [full, full];
  }

  // ------------------------------------------------------------------ schema comparison

  private schema(): [string, string] {
    const a = this.a;
    if (!a.prisma) {
      const line = `No Prisma schema was found, so no table is compared with a model. The migrations create ${plural(a.catalog.tables.length, 'table')}.`;
      return [line, line];
    }
    const modelNames = new Set(a.prisma.models.map((m) => m.name));
    const byTable = new Map(a.prisma.models.map((m) => [`${m.schema}.${m.table}`, m]));
    const tableKeys = new Set(a.catalog.tables.map(key));
    const viewKeys = new Set(a.catalog.views.map(key));
    const flagged = (rule: string) => new Set(this.current.filter((f) => f.rule === rule && f.object).map((f) => f.object!));
    const missingModel = flagged('missing-model');
    const missingTable = flagged('missing-table');

    let drifted = 0;
    const withModel = a.catalog.tables.filter((t) => byTable.has(key(t))).map((t) => {
      const m = byTable.get(key(t))!;
      const note = driftNote(t, m, modelNames);
      if (note !== 'Aligned') drifted++;
      return [code(key(t)), code(m.name), locCell(t.createdAt), note === 'Aligned' ? '✅ Aligned' : `⚠️ ${note}`];
    });
    const withoutModel = a.catalog.tables.filter((t) => !byTable.has(key(t))).map((t) => [
      code(key(t)), locCell(t.createdAt),
      missingModel.has(key(t)) ? `⚠️ Add a Prisma model (${code('missing-model')}, see Recommendations)` : 'Not reported (outside the Prisma schemas, or ignored)',
    ]);
    const modelsWithout = a.prisma.models.filter((m) => !m.implicit && !tableKeys.has(`${m.schema}.${m.table}`) && !(m.isView && viewKeys.has(`${m.schema}.${m.table}`)));
    const withoutTable = modelsWithout.map((m) => [
      code(m.name), code(`${m.schema}.${m.table}`), code(`${m.file}:${m.line}`),
      missingTable.has(m.name) || missingTable.has(`${m.schema}.${m.table}`) ? `❌ No migration creates it (${code('missing-table')}, see Recommendations)` : m.isView ? 'View not created by the migrations' : 'Not reported (ignored)',
    ]);

    const brief = `${plural(withModel.length, 'table')} with a Prisma model (${withModel.length - drifted} aligned, ${drifted} drifted), ` +
      `${plural(withoutModel.length, 'table')} without one, ${plural(withoutTable.length, 'model')} without a table.`;
    const full = [brief,
      '### Tables with a model',
      withModel.length ? fold(`${withModel.length} tables`, table(['Table', 'Model', 'Created in', 'Notes'], withModel), withModel.length) : 'None.',
      '### Tables without a model',
      withoutModel.length ? fold(`${withoutModel.length} tables`, table(['Table', 'Created in', 'Recommendation'], withoutModel), withoutModel.length) : 'None: every table the migrations create has a model.',
      '### Models without a table',
      withoutTable.length ? fold(`${withoutTable.length} models`, table(['Model', 'Expected table', 'Defined at', 'Note'], withoutTable), withoutTable.length) : 'None: every model has a table in the migrations.',
    ].join('\n\n');
    return [full, brief];
  }

  // ------------------------------------------------------------------ indexes

  private indexes(): [string, string] {
    const a = this.a;
    const tables = new Map(a.catalog.tables.map((t) => [key(t), t]));
    const declared: string[][] = [];
    let matched = 0;
    for (const m of a.prisma?.models ?? []) {
      const t = tables.get(`${m.schema}.${m.table}`);
      if (!t) continue;
      for (const idx of prismaIndexes(m)) {
        const found = matchIndex(t, idx.kind, idx.columns);
        if (found) matched++;
        declared.push([code(m.name), idx.kind, idx.columns.map(code).join(', '), found ? `✅ ${found}` : `❌ no ${idx.kind === 'index' ? 'index' : idx.kind === 'id' ? 'primary key' : 'unique index'} on these columns`]);
      }
    }
    const created = a.catalog.tables.flatMap((t) => t.indexes.filter((i) => !i.constraint).map((i) => [
      code(i.name), code(key(t)), i.columns.map(code).join(', '), i.unique ? 'yes' : 'no', locCell(i.createdAt),
    ]));
    const brief = `${plural(declared.length, 'index', 'indexes')} declared in Prisma (${matched} found in the migrations, ${declared.length - matched} missing); ` +
      `${plural(created.length, 'index', 'indexes')} created by the migrations with CREATE INDEX.`;
    const full = [brief,
      '### Declared in Prisma',
      declared.length ? fold(`${declared.length} indexes`, table(['Model', 'Kind', 'Columns', 'In the migrations'], declared), declared.length) : 'None (or no model has a table to check).',
      '### Created by the migrations',
      created.length ? fold(`${created.length} indexes`, table(['Index', 'Table', 'Columns', 'Unique', 'Created in'], created), created.length) : 'None.',
    ].join('\n\n');
    return [full, brief];
  }

  // ------------------------------------------------------------------ row level security

  private rls(): [string, string] {
    const a = this.a;
    if (!a.exposedSchemas.length) {
      const line = 'No schema is exposed through the API (the migrations do not use row level security), so no table is checked.';
      return [line, line];
    }
    const exposed = a.catalog.tables.filter((t) => a.exposedSchemas.includes(t.schema));
    const rows = exposed.map((t) => {
      const words = [...new Set(t.policies.map((p) => policyWords(p, code)))];
      return [
        code(key(t)), t.uncertain ? '❔ uncertain (dynamic SQL)' : t.rls ? '✅ on' : '❌ off', t.forceRls ? 'yes' : 'no', String(t.policies.length),
        words.length ? words.join('; ') : t.rls ? 'nothing: no policy, so API clients see no rows' : '–',
      ];
    });
    const on = exposed.filter((t) => t.rls).length;
    const helpers = this.helpers;
    const brief = `${plural(exposed.length, 'table')} in ${a.exposedSchemas.map(code).join(', ')}: ${on} with row level security, ${exposed.length - on} without; ` +
      `${plural(helpers.rows.length, 'helper function')}, ${plural(helpers.unsafe.length, 'SECURITY DEFINER function')} without ${code('search_path')}.`;
    const full = [brief,
      '### Tables',
      rows.length ? fold(`${rows.length} tables`, table(['Table', 'RLS', 'Forced', 'Policies', 'What the policies allow'], rows), rows.length) : 'The migrations create no table in the exposed schemas.',
      '### Helper functions',
      helpers.rows.length
        ? fold(`${helpers.rows.length} functions`, table(['Function', 'Policies using it', 'Security definer', 'search_path', 'Note'], helpers.rows), helpers.rows.length)
        : 'No policy calls a function and no function is SECURITY DEFINER.',
    ].join('\n\n');
    return [full, brief];
  }

  /** Functions policies call plus every SECURITY DEFINER function, and those of the latter missing a search_path. */
  private helperFunctions(): { rows: string[][]; unsafe: FunctionInfo[] } {
    const a = this.a;
    const uses = new Map<string, number>();
    for (const t of a.catalog.tables) for (const p of t.policies) for (const h of new Set(p.helpers)) uses.set(h, (uses.get(h) ?? 0) + 1);
    for (const f of a.catalog.functions) if (f.securityDefiner && !uses.has(key(f))) uses.set(key(f), 0);
    const rows: string[][] = [];
    const unsafe: FunctionInfo[] = [];
    for (const name of [...uses.keys()].sort()) {
      const defs = a.catalog.functions.filter((f) => key(f) === name);
      if (!defs.length) {
        const platform = a.config.managedSchemas.includes(name.slice(0, name.indexOf('.')));
        rows.push([code(`${name}()`), String(uses.get(name)), '–', '–', platform ? 'Provided by the platform' : 'Not created by the migrations']);
        continue;
      }
      for (const f of defs) {
        const missing = f.securityDefiner && f.searchPath === null;
        if (missing) unsafe.push(f);
        rows.push([
          code(`${name}(${f.args})`), String(uses.get(name)), f.securityDefiner ? 'yes' : 'no',
          f.searchPath === null ? (f.securityDefiner ? '❌ not set' : 'not set') : code(f.searchPath),
          missing ? `⚠️ Set ${code('search_path')}: a caller's path could redirect the names it uses` : '✅',
        ]);
      }
    }
    return { rows, unsafe };
  }

  // ------------------------------------------------------------------ migrations, extensions

  private migrations(): [string, string] {
    const list = this.a.migrations;
    const applied = list.filter((m) => m.applied).length;
    const notIdempotent = list.filter((m) => m.idempotent === false).length;
    const unknown = list.filter((m) => m.idempotent === null).length;
    const brief = `${plural(list.length, 'migration file')}: ${applied} applied, ${list.length - applied} skipped; ` +
      `${list.length - notIdempotent - unknown} idempotent, ${notIdempotent} not, ${unknown} not known.`;
    if (!list.length) return [brief, brief];
    const rows = list.map((m) => [
      code(m.file), m.applied ? '✅ Applied' : '⏭️ Skipped', String(m.statements),
      m.idempotent === null ? '–' : m.idempotent ? '✅' : '❌', m.description ? text(m.description) : '–',
    ]);
    return [`${brief}\n\n${fold(`${list.length} migration files`, table(['Migration', 'Status', 'Statements', 'Idempotent', 'Description'], rows), rows.length)}`, brief];
  }

  private extensions(): [string, string] {
    const list = this.a.catalog.extensions;
    if (!list.length) return ['The migrations create no extension.', 'The migrations create no extension.'];
    const brief = `The migrations create ${plural(list.length, 'extension')}: ${list.map((e) => code(e.name)).join(', ')}.`;
    return [table(['Extension', 'Schema', 'Created in'], list.map((e) => [code(e.name), e.schema ? code(e.schema) : '–', locCell(e.createdAt)])), brief];
  }

  // ------------------------------------------------------------------ recommendations

  private recommendations(d: Detail): string {
    const out = ['## Recommendations'];
    if (!this.current.length) out.push('Nothing to fix: no findings.');
    let budget = d.listed;
    for (const severity of SEVERITY_ORDER) {
      const groups = groupByRule(this.current.filter((f) => f.severity === severity));
      if (!groups.length) continue;
      out.push(`### ${PRIORITY[severity]}`);
      for (const { rule, findings } of groups) {
        const shown = findings.slice(0, Math.max(0, budget));
        budget -= shown.length;
        const about = ruleById(rule)?.description;
        out.push(`#### ${code(rule)}: ${plural(findings.length, 'finding')}${about ? `\n\n${text(about)}.` : ''}`);
        const items = shown.map((f) => {
          const line = `- ${f.status === 'new' ? '🆕 ' : ''}${f.object ? code(f.object) : ''}${f.object && f.file ? ' at ' : ''}${f.file ? whereCell(f) : ''}${f.object || f.file ? ': ' : ''}${text(f.message)}`;
          return d.fixes && f.fix ? `${line}\n\n${indent(fence(f.fix, fixLanguage(f.fix)))}` : line;
        });
        const more = findings.length - shown.length;
        if (more) items.push(`- …and ${more} more: ${this.leftOut('They are')}`);
        const list = items.join(d.fixes ? '\n\n' : '\n');
        out.push(fold(plural(findings.length, 'finding'), list, findings.length));
      }
    }
    const { unsafe } = this.helpers;
    if (unsafe.length) {
      out.push('### From the row level security review',
        `${plural(unsafe.length, 'SECURITY DEFINER function')} ${unsafe.length === 1 ? 'has' : 'have'} no ${code('search_path')}: pin it, then schema-qualify every name in the body.`);
      if (d.fixes) out.push(fence(unsafe.map((f) => `ALTER FUNCTION ${quoteIdent(f.schema)}.${quoteIdent(f.name)}(${f.args}) SET search_path = '';`).join('\n'), 'sql'));
    }
    return out.join('\n\n');
  }

  // ------------------------------------------------------------------ validation queries

  private validation(): [string, string] {
    const a = this.a;
    const exposed = a.catalog.tables.filter((t) => a.exposedSchemas.includes(t.schema));
    const indexes = a.catalog.tables.flatMap((t) => t.indexes.map((i) => ({ t, i })));
    const queries: string[] = [];
    if (exposed.length) {
      queries.push([
        '-- Row level security that differs from what the migrations build (no rows: as expected)',
        'select e.name, c.relrowsecurity, c.relforcerowsecurity',
        'from (values',
        exposed.map((t) => `  (${literal(`${quoteIdent(t.schema)}.${quoteIdent(t.name)}`)}, ${t.rls}, ${t.forceRls})`).join(',\n'),
        ') as e(name, rls, force_rls)',
        'left join pg_class c on c.oid = to_regclass(e.name)',
        'where c.oid is null or (c.relrowsecurity, c.relforcerowsecurity) is distinct from (e.rls, e.force_rls);',
      ].join('\n'), [
        '-- Policy counts that differ from what the migrations build (no rows: as expected)',
        'select e.schemaname, e.tablename, e.expected, count(p.policyname) as actual',
        'from (values',
        exposed.map((t) => `  (${literal(t.schema)}, ${literal(t.name)}, ${t.policies.length})`).join(',\n'),
        ') as e(schemaname, tablename, expected)',
        'left join pg_policies p on p.schemaname = e.schemaname and p.tablename = e.tablename',
        'group by e.schemaname, e.tablename, e.expected',
        'having count(p.policyname) <> e.expected',
        'order by 1, 2;',
      ].join('\n'));
    }
    if (indexes.length) {
      queries.push([
        '-- Indexes the migrations create that the database lacks (no rows: all present)',
        'select e.schemaname, e.tablename, e.indexname',
        'from (values',
        indexes.map(({ t, i }) => `  (${literal(t.schema)}, ${literal(t.name)}, ${literal(i.name)})`).join(',\n'),
        ') as e(schemaname, tablename, indexname)',
        'where not exists (select 1 from pg_indexes i where i.schemaname = e.schemaname and i.indexname = e.indexname)',
        'order by 1, 2, 3;',
      ].join('\n'));
    }
    const brief = `Queries that compare the live database with the migrations: row level security and policy counts for ${plural(exposed.length, 'table')}, ${plural(indexes.length, 'index', 'indexes')}.`;
    if (!queries.length) return ['No table in an exposed schema and no index: nothing to check against the live database.', brief];
    const full = `Run these against the live database; each returns only what differs from what the migrations build.\n\n${fence(queries.join('\n\n'), 'sql')}`;
    return [fold(`${queries.length} queries`, full, exposed.length + indexes.length), brief];
  }
}

// -------------------------------------------------------------------- helpers

function sortFindings<T extends Finding>(findings: T[]): T[] {
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  return [...findings].sort((x, y) => rank(x.severity) - rank(y.severity) || cmp(x.rule, y.rule) || cmp(x.file ?? '', y.file ?? '') ||
    (x.line ?? 0) - (y.line ?? 0) || cmp(x.object ?? '', y.object ?? ''));
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function groupByRule<T extends Finding>(sorted: T[]): { severity: Severity; rule: string; findings: T[] }[] {
  const groups: { severity: Severity; rule: string; findings: T[] }[] = [];
  for (const f of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.rule === f.rule && last.severity === f.severity) last.findings.push(f);
    else groups.push({ severity: f.severity, rule: f.rule, findings: [f] });
  }
  return groups;
}

function counts(findings: Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${plural(n('notice'), 'notice')}`;
}

function status(findings: Finding[]): string {
  const word = findings.some((f) => f.severity === 'error') ? '❌ **Failing**' : findings.some((f) => f.severity === 'warning') ? '⚠️ **Warnings**' : '✅ **Healthy**';
  return `${word}: ${counts(findings)}`;
}

function verdictWords(findings: Finding[]): string {
  if (findings.some((f) => f.severity === 'error')) return `❌ Failing: ${counts(findings)}. The errors under Recommendations need fixing.`;
  if (findings.some((f) => f.severity === 'warning')) return `⚠️ Passing with warnings: ${counts(findings)}.`;
  return `✅ Healthy: ${counts(findings)}.`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function key(x: { schema: string; name: string }): string {
  return `${x.schema}.${x.name}`;
}

function layoutWords(layout: Analysis['layout']): string {
  return layout === 'supabase' ? 'Supabase CLI layout' : layout === 'prisma' ? 'Prisma Migrate layout' : layout === 'plain' ? 'plain SQL files' : 'layout not recognised';
}

function shortSha(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

function locCell(at: Loc | undefined): string {
  return at?.file ? code(`${at.file}:${at.line}`) : '–';
}

function whereCell(f: Finding): string {
  return f.file ? code(f.line ? `${f.file}:${f.line}` : f.file) : '–';
}

function objectCell(f: Finding): string {
  return f.object ? code(f.object) : '–';
}

/** The one thing that names a finding in a one-line list: its object, else where it is. */
function compactTarget(f: Finding): string {
  return f.object ? code(f.object) : whereCell(f);
}

function fixLanguage(fix: string): string {
  if (/^\s*(model|view|enum|type)\s+\w+\s*\{/m.test(fix)) return 'prisma';
  return /^(git|mv|npx|prisma|supabase)\s/.test(fix) ? 'sh' : 'sql';
}

function indent(block: string): string {
  return block.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
}

function fold(summary: string, body: string, rows: number): string {
  return rows > FOLD_ROWS ? details(summary, body) : body;
}

function literal(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Columns of the model that map to table columns: relation fields have none. */
function driftNote(t: TableInfo, m: PrismaModel, modelNames: Set<string>): string {
  const modelCols = m.fields.filter((f) => !modelNames.has(f.type)).map((f) => f.column);
  const tableCols = t.columns.map((c) => c.name);
  const onlyModel = modelCols.filter((c) => !tableCols.includes(c));
  const onlyTable = tableCols.filter((c) => !modelCols.includes(c));
  const parts = [
    ...(onlyModel.length ? [`only in the model: ${onlyModel.map(code).join(', ')}`] : []),
    ...(onlyTable.length ? [`only in the table: ${onlyTable.map(code).join(', ')}`] : []),
    ...(t.uncertain ? ['dynamic SQL may have changed the table'] : []),
  ];
  return parts.length ? `Drift: ${parts.join('; ')}` : 'Aligned';
}

/** Indexes the model declares, with field-level `@id` / `@unique` the parser may not have listed as block attributes. */
function prismaIndexes(m: PrismaModel): { kind: 'id' | 'unique' | 'index'; columns: string[] }[] {
  const list = m.indexes.map((i) => ({ kind: i.kind, columns: i.columns }));
  const has = (kind: string, col: string) => list.some((i) => i.kind === kind && i.columns.length === 1 && i.columns[0] === col);
  for (const f of m.fields) {
    if (f.isId && !has('id', f.column)) list.push({ kind: 'id', columns: [f.column] });
    if (f.isUnique && !has('unique', f.column)) list.push({ kind: 'unique', columns: [f.column] });
  }
  return list;
}

/** The name (or kind) of what enforces a Prisma index in the catalog, or undefined when nothing does. */
function matchIndex(t: TableInfo, kind: 'id' | 'unique' | 'index', columns: string[]): string | undefined {
  const same = (x: string[]) => x.length === columns.length && x.every((c, i) => c === columns[i]);
  const sameSet = (x: string[]) => x.length === columns.length && columns.every((c) => x.includes(c));
  const name = (i: IndexInfo) => code(i.name);
  if (kind === 'id') {
    if (!sameSet(t.primaryKey)) return undefined;
    const pkey = t.indexes.find((i) => i.constraint && i.unique && sameSet(i.columns));
    return pkey ? name(pkey) : 'primary key';
  }
  if (kind === 'unique') {
    const idx = t.indexes.find((i) => i.unique && sameSet(i.columns));
    if (idx) return name(idx);
    if (t.uniques.some(sameSet)) return 'unique constraint';
    return sameSet(t.primaryKey) ? 'primary key' : undefined;
  }
  const idx = t.indexes.find((i) => same(i.columns));
  if (idx) return name(idx);
  return same(t.primaryKey) ? 'primary key' : t.uniques.some(same) ? 'unique constraint' : undefined;
}
