#!/usr/bin/env node
// Benchmark: live verification (--verify) against the static audit, measured in the same run.
//
//   node bench/verify.mjs [--dist dist] [--repo PATH [--migrations DIR] [--schema FILE]] [--runs 3] [--check]
//
// 1. Cold start: a fresh process boots the bundle's PGlite worker (dist/verify-worker.js, dist/pglite/) from the
//    shipped data directory, until PostgreSQL answers; target <= 1.5 s.
// 2. The whole audit of one repository, static (`audit --format json`) and verified (`--verify`), alternating; the
//    ratio of the medians. Default repository: the one under ../shared/corpus with the most migration files.
// With --check, exits 1 when the cold start target is missed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_COLD_START_MS = 1500;
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const opts = { dist: 'dist', runs: 3, check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dist') opts.dist = argv[++i];
    else if (a === '--repo') opts.repo = argv[++i];
    else if (a === '--migrations') opts.migrations = argv[++i];
    else if (a === '--schema') opts.schema = argv[++i];
    else if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--check') opts.check = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs <= 0) throw new Error('--runs needs a positive integer');
  return opts;
}

/** Migration folders of a tree: prisma/migrations (folders with migration.sql) and supabase/migrations (*.sql). */
function migrationFolders(root) {
  const found = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === 'node_modules' || e.name === '.git') continue;
      const path = join(dir, e.name);
      if (e.name === 'migrations' && /(prisma|supabase)$/.test(dir)) {
        const files = readdirSync(path).filter((f) => f.endsWith('.sql') || existsSync(join(path, f, 'migration.sql'))).length;
        found.push({ dir: relative(root, path), files, schema: existsSync(join(dir, 'schema.prisma')) ? relative(root, join(dir, 'schema.prisma')) : undefined });
      } else walk(path);
    }
  };
  walk(root);
  return found;
}

/** The corpus repository with the most migration files, and that folder. */
function largestCorpusRepo() {
  const corpus = resolve(projectRoot, '../shared/corpus');
  if (!existsSync(corpus)) throw new Error('no --repo given and no ../shared/corpus to pick one from');
  let best;
  for (const name of readdirSync(corpus)) {
    const repo = join(corpus, name);
    if (!statSync(repo).isDirectory()) continue;
    for (const f of migrationFolders(repo)) if (!best || f.files > best.files) best = { repo, migrations: f.dir, schema: f.schema, files: f.files };
  }
  if (!best) throw new Error(`no migrations folder under ${corpus}`);
  return best;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** One fresh process booting the worker; what it reports is the time from `new Worker` to PostgreSQL's first answer. */
function coldStart(dist) {
  const pglite = join(dist, 'pglite');
  const script = `
    import { Worker } from 'node:worker_threads';
    const at = (f) => ${JSON.stringify(pglite)} + '/' + f;
    const started = performance.now();
    const w = new Worker(${JSON.stringify(join(dist, 'verify-worker.js'))}, { stdout: true, execArgv: [], workerData: {
      assets: { wasm: at('pglite.wasm'), data: at('pglite.data'), extensions: at('extensions'), dataDir: at('pgdata.tar.gz') },
      bundles: [], standIns: {}, memoryLimitMb: 1024 } });
    w.on('message', (m) => { process.stdout.write(JSON.stringify({ kind: m.kind, ms: performance.now() - started })); w.terminate(); });`;
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  const wall = performance.now() - started;
  const out = JSON.parse(r.stdout || '{}');
  if (out.kind !== 'ready') throw new Error(`the worker did not start: ${r.stderr || r.stdout}`);
  return { boot: out.ms, process: wall };
}

function audit(cli, target, verify) {
  const argv = [cli, 'audit', target.repo, '--format', 'json', ...(target.migrations ? ['--migrations', target.migrations] : []), ...(target.schema ? ['--schema', target.schema] : []), ...(verify ? ['--verify'] : [])];
  const started = performance.now();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${verify ? 'verified' : 'static'} audit exited ${r.status}: ${r.stderr}`);
  return { ms, report: JSON.parse(r.stdout) };
}

const opts = parseArgs(process.argv.slice(2));
const dist = resolve(projectRoot, opts.dist);
const cli = join(dist, 'cli.js');
for (const f of [cli, join(dist, 'verify-worker.js'), join(dist, 'pglite/pgdata.tar.gz')]) if (!existsSync(f)) throw new Error(`${f} is missing: run node scripts/bundle.mjs ${opts.dist}`);
const target = opts.repo ? { repo: resolve(opts.repo), migrations: opts.migrations, schema: opts.schema } : largestCorpusRepo();

coldStart(dist);
const starts = Array.from({ length: opts.runs }, () => coldStart(dist));
audit(cli, target, false);
const statics = [];
const verifies = [];
let report;
for (let i = 0; i < opts.runs; i++) {
  statics.push(audit(cli, target, false).ms);
  const v = audit(cli, target, true);
  verifies.push(v.ms);
  report = v.report;
}

const boot = median(starts.map((s) => s.boot));
const ok = boot <= TARGET_COLD_START_MS;
const v = report.verification ?? {};
process.stdout.write([
  `repository         ${relative(projectRoot, target.repo) || '.'}${target.migrations ? ` (${target.migrations}, ${target.files ?? report.migrations.length} migrations)` : ''}`,
  `database           ${v.database ?? '?'}`,
  `cold start         ${seconds(boot)} median boot (${seconds(median(starts.map((s) => s.process)))} with the process), target <= ${seconds(TARGET_COLD_START_MS)}: ${ok ? 'ok' : 'MISSED'}`,
  `static audit       ${seconds(median(statics))} median of ${opts.runs}`,
  `verified audit     ${seconds(median(verifies))} median of ${opts.runs}`,
  `ratio              ${(median(verifies) / median(statics)).toFixed(2)} (verified / static)`,
  `verification       ${v.confirmed} confirmed, ${v.dropped} dropped, ${v.added} added`,
  '',
].join('\n'));
if (opts.check && !ok) process.exitCode = 1;
