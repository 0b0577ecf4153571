/**
 * Live verification from the tests: the PGlite worker is built from src/ with esbuild (the tests run what the
 * source builds now, not dist/), and PGlite's files come from node_modules and src/verify/data.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, type TreeAnalysis } from '../../src/analyze.js';
import { loadConfig } from '../../src/config.js';
import { RULES } from '../../src/rules/index.js';
import type { Finding, Snapshot } from '../../src/types.js';
import { migrationTexts } from '../../src/verify/tree.js';
import { verify, type Verification, type VerifyOptions } from '../../src/verify/verify.js';
import { memorySnapshot } from '../helpers/memory-snapshot.js';

let worker: Promise<URL> | undefined;
let workerDir: string | undefined;
// A jest worker process may be ended without its 'exit' event: the folder goes when the test file's tests end.
afterAll(() => { if (workerDir) rmSync(workerDir, { recursive: true, force: true }); });

/** The worker script, bundled once per test file from src/verify/pglite-worker.ts. */
export function sourceWorker(): Promise<URL> {
  return (worker ??= (async () => {
    const dir = (workerDir = mkdtempSync(join(tmpdir(), 'sg-verify-worker-')));
    const outfile = join(dir, 'verify-worker.mjs');
    await build({
      entryPoints: ['src/verify/pglite-worker.ts'], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    return pathToFileURL(outfile);
  })());
}

/** A repository described inline: path → text. */
export type Files = Record<string, string>;

/** The static analysis of a tree, then its verification on PGlite (or `options.databaseUrl`). */
export async function verified(tree: Snapshot | Files, options: VerifyOptions & { edit?: (a: TreeAnalysis) => TreeAnalysis } = {}): Promise<{ analysis: TreeAnalysis; v: Verification }> {
  const snapshot = 'files' in tree && typeof tree.files === 'function' ? (tree as Snapshot) : memorySnapshot(tree as Files);
  const found = await analyze(snapshot, loadConfig(snapshot, { knownRules: RULES.map((r) => r.id) }));
  const analysis = options.edit ? options.edit(found) : found;
  const v = await verify(analysis, migrationTexts(snapshot, analysis), { ...options, pglite: { worker: await sourceWorker() } });
  return { analysis, v };
}

/** A finding as the tests state it: rule, where, about what, and whether the database verified it. */
export function brief(f: Finding): { rule: string; file?: string; line?: number; object?: string; verified?: boolean } {
  return { rule: f.rule, file: f.file, line: f.line, object: f.object, ...(f.verified && { verified: true }) };
}

export const MIGRATIONS = 'supabase/migrations';
export const SCHEMA = 'prisma/schema.prisma';
export const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n';
