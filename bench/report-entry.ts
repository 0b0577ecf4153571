// The markdown bench (bundled by bench/bench.mjs into its temporary folder, run as its own process): renders the
// Schema Health Report of an analysis with --findings findings, in full (written to a file) and as a PR comment
// fitted to 65,536 characters, and prints one JSON line of timings. The analysis is synthetic but shaped like the engine's output on
// a large Supabase history: a few rules with thousands of findings each, a third with a multi-line fix, one table per
// finding object.
import { analyze } from '../src/analyze.js';
import { loadConfig } from '../src/config.js';
import { closeSync, openSync, writeSync } from 'node:fs';
import { markdownReport, renderMarkdown } from '../src/report/markdown.js';
import { writeInChunks } from '../src/report/utf8-chunks.js';
import type { Analysis, DiffedFinding, Finding, MigrationInfo, Severity, Snapshot, TableInfo } from '../src/types.js';

const RULES: [string, Severity, (table: string) => string | undefined][] = [
  ['non-idempotent-ddl', 'warning', (t) => `CREATE INDEX IF NOT EXISTS idx_${t}_user_id ON public.${t} (user_id);`],
  ['missing-model', 'warning', (t) => `model ${t[0]!.toUpperCase()}${t.slice(1)} {\n  id        String   @id @db.Uuid\n  createdAt DateTime @default(now()) @map("created_at") @db.Timestamptz(6)\n\n  @@map("${t}")\n}`],
  ['missing-rls', 'error', (t) => `ALTER TABLE public.${t} ENABLE ROW LEVEL SECURITY;`],
  ['rls-no-policy', 'error', () => undefined],
  ['non-idempotent-data', 'notice', () => undefined],
];

/** The analysis of an empty tree (every field the engine fills) with the findings, tables and migrations put in. */
export async function syntheticAnalysis(findings: number): Promise<Analysis> {
  const files = Math.max(1, Math.ceil(findings / 50));
  const file = (i: number) => `supabase/migrations/${String(20230101000000 + i)}_step_${i}.sql`;
  const tables: TableInfo[] = [];
  const out: Finding[] = [];
  for (let i = 0; i < findings; i++) {
    const [rule, severity, fix] = RULES[i % RULES.length]!;
    const name = `account_${(i >> 2).toString(36)}`;
    if (i % 4 === 0) {
      tables.push({
        schema: 'public', name, partitioned: false, createdAt: { file: file(i % files), line: 1 + (i % 40) },
        columns: [{ name: 'id', type: 'uuid', notNull: true }, { name: 'user_id', type: 'uuid', notNull: false }, { name: 'created_at', type: 'timestamptz', notNull: true }],
        primaryKey: ['id'], uniques: [], foreignKeys: [], indexes: [{ name: `${name}_pkey`, columns: ['id'], unique: true, constraint: true }],
        rls: i % 8 === 0, forceRls: false, policies: [], uncertain: false,
      });
    }
    const f = fix(name);
    out.push({
      rule, severity, file: file(i % files), line: 1 + ((i * 7) % 400), object: `public.${name}`,
      message: `${rule} on public.${name}: the statement fails when the migration runs a second time (relation "${name}" already exists).`,
      ...(f && { fix: f }),
    });
  }
  const migrations: MigrationInfo[] = Array.from({ length: files }, (_, i) => ({ file: file(i), applied: true, statements: 50, idempotent: i % 3 !== 0, description: `step ${i}` }));
  const empty: Snapshot = { label: '.', files: () => [], read: () => undefined };
  const base = await analyze(empty, loadConfig(empty));
  return { ...base, layout: 'supabase', migrationsDir: 'supabase/migrations', migrations, catalog: { ...base.catalog, tables, schemas: ['public'] }, exposedSchemas: ['public'], usesRls: true, findings: out };
}

/** Wall and CPU time: on a shared machine the CPU time tells a slow run from a busy one. */
function time<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = run();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, value };
}

const findings = Number(process.argv[2] ?? 100000);
const analysis = await syntheticAnalysis(findings);
// In full as the action and the CLI give it: written to a file in pieces.
const full = time(() => {
  const whole = markdownReport(analysis, {}).whole();
  const fd = openSync('report.md', 'w');
  try {
    writeInChunks([whole], (bytes) => writeSync(fd, bytes));
  } finally {
    closeSync(fd);
  }
  return whole;
});
// The PR comment: a tenth of the findings new, the rest existing, fitted to GitHub's limit.
const diffed: DiffedFinding[] = analysis.findings.map((f, i) => ({ ...f, status: i % 10 === 0 ? 'new' : 'existing' }));
const comment = time(() => renderMarkdown(analysis, {
  pr: { diff: { findings: diffed, changes: [] }, base: 'main', head: 'topic' }, maxLength: 65536, marker: '<!-- schema-guardian -->',
}));
process.stdout.write(`${JSON.stringify({ findings, fullMs: full.ms, fullCpuMs: full.cpuMs, fullChars: full.value.length, commentMs: comment.ms, commentCpuMs: comment.cpuMs, commentChars: comment.value.length })}\n`);
