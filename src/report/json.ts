import type { Judgement } from '../config.js';
import type { ProjectInfo, TreeAudit } from '../projects.js';
import type { Silencing } from '../pull-request.js';
import type { Analysis, DiffedFinding, DiffResult, Finding, VerificationSummary } from '../types.js';

/** The JSON contract that the report, the action and other tools build on; `file` relative, forward slashes. */
export interface JsonReport {
  tool: { name: 'schema-guardian'; version: string };
  findings: Finding[];
  tables: { name: string; model: string | null; createdIn: string | null; rls: boolean; policies: number }[];
  migrations: { file: string; statements: number; applied: boolean; idempotent: boolean | null }[];
  /** What was not found, or could not be checked, in words: an empty result says nothing without them. */
  notes: string[];
  /** The projects of the tree (a monorepo has several), each audited on its own; present in an audit of a tree. */
  projects?: ProjectInfo[];
  /** Live verification (`--verify`): the database, and the static findings it confirmed, dropped, and added. */
  verification?: VerificationSummary;
}

/** The contract as a plain object, for callers that extend it (the action adds the pull request's view). */
export function jsonReport(analysis: Analysis, version: string): JsonReport {
  return { tool: { name: 'schema-guardian', version }, findings: analysis.findings, tables: tablesOf(analysis), migrations: migrationsOf(analysis), notes: analysis.notes, ...(analysis.verification && { verification: analysis.verification }) };
}

/** The contract of a tree's audit: every project's findings, tables and migrations, and the list of projects. */
function treeJsonReport(audit: TreeAudit, version: string): JsonReport {
  return {
    tool: { name: 'schema-guardian', version },
    findings: audit.merged.findings,
    // A table's model is looked up in its own project's schema: two projects may both have a public.users.
    tables: audit.projects.flatMap((p) => tablesOf(p.analysis)),
    migrations: audit.projects.flatMap((p) => migrationsOf(p.analysis)),
    notes: audit.merged.notes,
    projects: audit.projects.map((p) => p.project),
    ...(audit.merged.verification && { verification: audit.merged.verification }),
  };
}

function tablesOf(analysis: Analysis): JsonReport['tables'] {
  const models = new Map((analysis.prisma?.models ?? []).map((m) => [`${m.schema}.${m.table}`, m.name]));
  return analysis.catalog.tables.map((t) => ({
    name: `${t.schema}.${t.name}`,
    model: models.get(`${t.schema}.${t.name}`) ?? null,
    createdIn: t.createdAt?.file || null,
    rls: t.rls,
    policies: t.policies.length,
  }));
}

function migrationsOf(analysis: Analysis): JsonReport['migrations'] {
  return analysis.migrations.map((m) => ({ file: m.file, statements: m.statements, applied: m.applied, idempotent: m.idempotent }));
}

/** The contract of a tree's audit as the CLI prints it. */
export function renderJson(audit: TreeAudit, version: string): string {
  return [...renderJsonPieces(audit, version)].join('');
}

/** renderJson's text in pieces, for writing as they come. */
export function renderJsonPieces(audit: TreeAudit, version: string): Iterable<string> {
  return jsonPieces(treeJsonReport(audit, version));
}

/**
 * The characters a piece of an array aims at. A string longer than V8's largest regular object (128 KB: 64 K
 * characters of two-byte text, which one non-ASCII character in a message makes of the whole piece) is put in
 * large-object space, where only a full collection frees it: pieces of a thousand findings (up to 1.4 MB each) added
 * 25 MB to the 1,000-file audit's resident memory as it wrote them, pieces of this size 10 MB, in half the time.
 */
const PIECE_CHARS = 32 * 1024;

/**
 * The text `JSON.stringify(value, null, 2)` gives, in pieces: the elements of the object's arrays the first alone,
 * then as many as make about PIECE_CHARS characters by the size of the piece before, so a report of 100,000 findings
 * never stands whole in memory when it is written piece by piece.
 */
export function* jsonPieces(value: object): Generator<string> {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  for (const [i, [key, v]] of entries.entries()) {
    // JSON.stringify indents a field as deep as it stands in an object of its own: cut that object's braces off, and
    // no line needs indenting again.
    const name = `\n  ${JSON.stringify(key)}: `;
    const opening = `{${name}`;
    const field = (x: unknown) => JSON.stringify({ [key]: x }, null, 2);
    const head = `${i === 0 ? '{' : ','}${name}`;
    if (!Array.isArray(v) || v.length === 0) {
      yield `${head}${field(v).slice(opening.length, -'\n}'.length)}`;
      continue;
    }
    yield `${head}[`;
    for (let from = 0, per = 1; from < v.length; ) {
      const elements = field(v.slice(from, from + per)).slice(`${opening}[`.length, -'\n  ]\n}'.length);
      yield from === 0 ? elements : `,${elements}`;
      from += per;
      per = Math.max(1, Math.floor((per * PIECE_CHARS) / elements.length));
    }
    yield '\n  ]';
  }
  yield '\n}';
}

/** The contract of a comparison (the action, `schema-guardian diff`): each finding with its status, and the verdict. */
export function comparisonJsonReport(head: Analysis, version: string, compared: { base: string | null; head: string; diff: DiffResult; silencing: Silencing | null }, judgement: Judgement<DiffedFinding>) {
  return {
    ...jsonReport(head, version),
    base: compared.base,
    head: compared.head,
    status: judgement.failing.length ? ('fail' as const) : ('pass' as const),
    silencing: compared.silencing,
    changes: compared.diff.changes,
    findings: compared.diff.findings,
  };
}
