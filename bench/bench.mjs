#!/usr/bin/env node
// Benchmark: the goals of issue 12, measured on one generated Supabase repository in the same run.
//
//   node bench/bench.mjs [--files 1000] [--statements 50000] [--runs 5] [--cli dist/cli.js] [--index dist/index.js]
//                        [--only squawk,report,pr,big] [--keep] [--check] [--findings 100000] [--big 100000]
//
// Generates a repository of --files migrations totalling --statements statements (a realistic Supabase mix), then:
// squawk, the audit against squawk-cli (installed into a temporary folder, never into this project) and against the
// parser alone on the same files; report, the markdown report of --findings findings (--runs renders); pr, the action
// on a pull request adding the last 10 migrations against a local fake GitHub, compared with the audit of its head;
// big, one migration of --big statements. Timed commands run --runs times each, alternating, after one untimed
// warm-up each. Prints one line per goal with its figure, the target and the core count (NOT MEASURED for the goals
// --only leaves out), then the parser alone over squawk: the floor under the time ratio. With --check, exits 1 when a
// target is missed or not measured.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TARGET_RATIO = 1.0;
const TARGET_MB = 300;
const TARGET_BIG_MB = 400;
const TARGET_REPORT_S = 2;
const TARGET_PR_RATIO = 1.2;
/** How many migrations the benchmarked pull request adds: the last ones by name. */
const PR_MIGRATIONS = 10;
const GOALS = ['squawk', 'report', 'pr', 'big'];
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = { files: 1000, statements: 50000, runs: 5, cli: 'dist/cli.js', index: 'dist/index.js', only: GOALS, keep: false, check: false, seed: 42, findings: 100000, big: 100000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v <= 0) throw new Error(`${a} needs a positive integer`);
      return v;
    };
    if (a === '--files') opts.files = num();
    else if (a === '--statements') opts.statements = num();
    else if (a === '--runs') opts.runs = num();
    else if (a === '--seed') opts.seed = num();
    else if (a === '--findings') opts.findings = num();
    else if (a === '--big') opts.big = num();
    else if (a === '--cli') opts.cli = argv[++i];
    else if (a === '--index') opts.index = argv[++i];
    else if (a === '--only') {
      opts.only = String(argv[++i] ?? '').split(',').map((g) => g.trim()).filter(Boolean);
      const unknown = opts.only.filter((g) => !GOALS.includes(g));
      if (unknown.length || !opts.only.length) throw new Error(`--only takes a comma-separated list of ${GOALS.join(', ')}`);
    } else if (a === '--keep') opts.keep = true;
    else if (a === '--check') opts.check = true;
    else if (a === '-h' || a === '--help') {
      const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
      process.stdout.write(lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (opts.statements < opts.files * 3) throw new Error('--statements must be at least 3 per file');
  return opts;
}

// ---------------------------------------------------------------- generator

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same repository. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['account', 'project', 'invoice', 'task', 'comment', 'file', 'event', 'device', 'report', 'channel',
  'message', 'order', 'product', 'team', 'plan', 'job', 'webhook', 'token', 'tag', 'note'];
const COLUMN_TYPES = ['text', 'integer', 'bigint', 'boolean NOT NULL DEFAULT false', 'timestamptz', 'jsonb NOT NULL DEFAULT \'{}\'::jsonb',
  'numeric(12,2)', 'uuid', 'text NOT NULL DEFAULT \'\'', 'date'];

/**
 * Builds the repository's files in memory: { path: text }. Each migration gets an equal share of the statements
 * (the remainder spread over the first files); statements reference tables created earlier, as real histories do.
 */
export function generateRepository({ files, statements, seed }) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const out = {};
  const tables = []; // { name, cols: string[], rls: boolean, owner: boolean }
  let serial = 0;
  const uid = () => (++serial).toString(36);

  const createTable = () => {
    const name = `${pick(NOUNS)}_${uid()}`;
    const owner = rand() < 0.7;
    const cols = [];
    const lines = ['  id uuid PRIMARY KEY DEFAULT gen_random_uuid()'];
    if (owner) lines.push('  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE');
    const parent = tables.length > 0 && rand() < 0.3 ? pick(tables) : undefined;
    if (parent) lines.push(`  ${parent.name}_id uuid REFERENCES public.${parent.name} (id) ON DELETE CASCADE`);
    const n = 2 + Math.floor(rand() * 6);
    for (let i = 0; i < n; i++) {
      const c = `c_${uid()}`;
      cols.push(c);
      lines.push(`  ${c} ${pick(COLUMN_TYPES)}`);
    }
    lines.push('  created_at timestamptz NOT NULL DEFAULT now()');
    const t = { name, cols, rls: false, owner };
    tables.push(t);
    const ifNotExists = rand() < 0.85 ? 'IF NOT EXISTS ' : '';
    return `CREATE TABLE ${ifNotExists}public.${name} (\n${lines.join(',\n')}\n);`;
  };

  const kinds = [
    // [weight, statements it emits, builder]
    [10, 1, createTable],
    [14, 1, (t) => `CREATE INDEX IF NOT EXISTS idx_${t.name}_${uid()} ON public.${t.name} (${t.owner ? 'user_id, ' : ''}${pick(t.cols)});`],
    [8, 1, (t) => { t.rls = true; return `ALTER TABLE public.${t.name} ENABLE ROW LEVEL SECURITY;`; }],
    [18, 2, (t) => {
      const policy = `${pick(['Users read own', 'Users write own', 'Members read', 'Service role manages'])} ${t.name} ${uid()}`;
      const using = t.owner ? '(SELECT auth.uid()) = user_id' : 'true';
      return `DROP POLICY IF EXISTS "${policy}" ON public.${t.name};\n` +
        `CREATE POLICY "${policy}" ON public.${t.name}\n  FOR ${pick(['SELECT', 'ALL', 'UPDATE', 'DELETE'])} TO authenticated USING (${using});`;
    }],
    [8, 1, (t) => {
      const fn = `touch_${t.name}_${uid()}`;
      return `CREATE OR REPLACE FUNCTION public.${fn}(p_id uuid)\nRETURNS integer\nLANGUAGE plpgsql\nSECURITY DEFINER\nSET search_path = public\nAS $$\n` +
        `DECLARE\n  n integer;\nBEGIN\n  UPDATE public.${t.name} SET created_at = now() WHERE id = p_id;\n` +
        `  GET DIAGNOSTICS n = ROW_COUNT;\n  RETURN n;\nEND;\n$$;`;
    }],
    [5, 1, (t) => {
      const c = `chk_${t.name}_${uid()}`;
      return `DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '${c}') THEN\n` +
        `    ALTER TABLE public.${t.name} ADD CONSTRAINT ${c} CHECK (created_at IS NOT NULL);\n  END IF;\nEND $$;`;
    }],
    [15, 1, (t) => {
      const c = `c_${uid()}`;
      t.cols.push(c);
      return `ALTER TABLE public.${t.name} ADD COLUMN IF NOT EXISTS ${c} ${pick(COLUMN_TYPES)};`;
    }],
    [12, 1, (t) => rand() < 0.5
      ? `COMMENT ON TABLE public.${t.name} IS 'Stores ${t.name.replace(/_[^_]+$/, '')} rows (${uid()}).';`
      : `COMMENT ON COLUMN public.${t.name}.${pick(t.cols)} IS 'Column ${uid()}.';`],
    [10, 1, (t) => `GRANT ${pick(['SELECT', 'SELECT, INSERT', 'SELECT, INSERT, UPDATE', 'ALL'])} ON public.${t.name} TO ${pick(['authenticated', 'service_role', 'anon, authenticated'])};`],
  ];
  const totalWeight = kinds.reduce((s, k) => s + k[0], 0);
  const choose = (room) => {
    for (;;) {
      let r = rand() * totalWeight;
      const k = kinds.find((x) => (r -= x[0]) < 0) ?? kinds[0];
      if (k[1] <= room) return k;
    }
  };

  const base = Math.floor(statements / files);
  const extra = statements % files;
  const start = Date.UTC(2023, 0, 1);
  let count = 0;
  for (let f = 0; f < files; f++) {
    const want = base + (f < extra ? 1 : 0);
    const version = new Date(start + f * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);
    const parts = [`-- Migration ${f + 1} of ${files}: generated by bench/bench.mjs`];
    let n = 0;
    // Every file opens with a table of its own so that later statements have something recent to touch.
    parts.push(createTable());
    n++;
    while (n < want) {
      const [, size, build] = choose(want - n);
      parts.push(build === createTable ? createTable() : build(tables.length > 8 && rand() < 0.6 ? tables[tables.length - 1 - Math.floor(rand() * 8)] : pick(tables)));
      n += size;
    }
    count += n;
    out[`supabase/migrations/${version}_${pick(NOUNS)}_${f + 1}.sql`] = `${parts.join('\n\n')}\n`;
  }
  if (count !== statements) throw new Error(`generator bug: ${count} statements instead of ${statements}`);

  // A Prisma schema that maps some of the tables, as a real project's would.
  const models = tables.filter((_, i) => i % 4 === 0).map((t) => {
    const name = t.name.split('_').map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    const fields = ['  id String @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid'];
    if (t.owner) fields.push('  userId String @map("user_id") @db.Uuid');
    fields.push('  createdAt DateTime @default(now()) @map("created_at") @db.Timestamptz(6)');
    return `model ${name} {\n${fields.join('\n')}\n\n  @@map("${t.name}")\n}`;
  });
  out['prisma/schema.prisma'] = 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\n' +
    `${models.join('\n\n')}\n`;
  out['supabase/config.toml'] = 'project_id = "bench"\n';
  return { files: out, tables: tables.length, statements: count };
}

// ---------------------------------------------------------------- squawk

/** squawk-cli installed into a cache folder under the OS temp dir; returns the native binary when it can. */
function installSquawk() {
  const prefix = join(tmpdir(), 'schema-guardian-bench-squawk');
  const wrapper = join(prefix, 'node_modules', '.bin', 'squawk');
  if (!existsSync(wrapper)) {
    mkdirSync(prefix, { recursive: true });
    process.stderr.write(`installing squawk-cli into ${prefix} …\n`);
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, 'squawk-cli'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0 || !existsSync(wrapper)) throw new Error('npm install squawk-cli failed');
  }
  // The npm package is a Node wrapper around a per-platform binary; timing the binary itself is the stricter baseline.
  const native = join(prefix, 'node_modules', '@squawk-cli', `${process.platform}-${process.arch}`, 'bin', 'squawk');
  const bin = existsSync(native) ? native : wrapper;
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return { bin, version, native: bin === native };
}

// ---------------------------------------------------------------- measuring

const TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0);

/**
 * Runs a command with stdout to a file; resolves { ms, peakKb, code }. Peak RSS comes from GNU time's %M when present,
 * else from polling /proc/<pid>/status VmHWM (a lower bound if the process peaks between polls).
 */
function measure(cmd, args, { cwd, env, stdoutFile }) {
  return new Promise((done, fail) => {
    const out = openSync(stdoutFile, 'w');
    const timeFile = `${stdoutFile}.time`;
    const [file, argv] = TIME ? [TIME, ['-f', '%M', '-o', timeFile, cmd, ...args]] : [cmd, args];
    const t0 = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { if (stderr.length < 4000) stderr += d; });
    let polled = 0;
    const poll = TIME ? undefined : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) polled = Math.max(polled, Number(m[1]));
      } catch { /* exited */ }
    }, 10);
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (poll) clearInterval(poll);
      closeSync(out);
      let peakKb = polled;
      if (TIME) {
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        peakKb = Number(lines[lines.length - 1]);
      }
      done({ ms, peakKb, code, stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const only = new Set(opts.only);
  const cli = resolve(projectRoot, opts.cli);
  const index = resolve(projectRoot, opts.index);
  const work = mkdtempSync(join(tmpdir(), 'schema-guardian-bench-'));
  const repo = join(work, 'repo');
  try {
    const t0 = Date.now();
    const gen = generateRepository(opts);
    const migrationFiles = [];
    for (const [path, text] of Object.entries(gen.files)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
      if (path.endsWith('.sql')) migrationFiles.push(path);
    }
    migrationFiles.sort();
    const bytes = Object.values(gen.files).reduce((s, t) => s + Buffer.byteLength(t), 0);
    console.log(`repository: ${repo}`);
    console.log(`  ${migrationFiles.length} migrations, ${gen.statements} statements, ${gen.tables} tables, ${(bytes / 1e6).toFixed(1)} MB (generated in ${Date.now() - t0} ms)`);

    const squawk = only.has('squawk') ? installSquawk() : undefined;
    if (squawk) console.log(`squawk: ${squawk.version} (${squawk.native ? 'native binary' : 'npm wrapper'}: ${squawk.bin})`);
    console.log(`schema-guardian: node ${opts.cli}${only.has('pr') ? `, action: node ${opts.index}` : ''}`);
    console.log(`peak memory from: ${TIME ? `${TIME} -f %M` : '/proc/<pid>/status VmHWM, polled every 10 ms'}`);
    const needed = [...(['squawk', 'pr', 'big'].some((g) => only.has(g)) ? [[opts.cli, cli]] : []), ...(only.has('pr') ? [[opts.index, index]] : [])];
    const missing = needed.filter(([, path]) => !existsSync(path)).map(([name]) => name);
    if (missing.length) {
      console.log(`\n${missing.join(' and ')} ${missing.length > 1 ? 'do' : 'does'} not exist yet: build (npm run bundle) and run again. The generated repository is ${opts.keep ? 'kept' : 'removed'}.`);
      process.exitCode = 2;
      return;
    }

    let sg;
    let ratio;
    let floor;
    let floorThreads;
    if (squawk) {
      const parser = await bundle(join(projectRoot, 'bench/parse-floor-entry.ts'), join(work, 'parse-floor'));
      copyFileSync(join(projectRoot, 'node_modules/libpg-query/wasm/libpg-query.wasm'), join(work, 'parse-floor', 'libpg-query.wasm'));
      const results = await alternate(work, opts.runs, {
        'schema-guardian': { cmd: process.execPath, args: [cli, 'audit', repo, '--format', 'json'], cwd: projectRoot, check: (r, out) => checkOutput('schema-guardian', r, out) },
        squawk: { cmd: squawk.bin, args: ['--reporter', 'json', ...migrationFiles], cwd: repo, check: (r, out) => checkOutput('squawk', r, out) },
        'parser alone': { cmd: process.execPath, args: [parser, ...migrationFiles], cwd: repo, check: (r, out) => `${gen.statements} statements parsed on ${(floorThreads = checkFloor(r, out, gen.statements))} threads` },
      });
      sg = summarize(results['schema-guardian']);
      const sq = summarize(results.squawk);
      ratio = pairedRatio(results['schema-guardian'], results.squawk);
      floor = { ratio: pairedRatio(results['parser alone'], results.squawk), threads: floorThreads };
      printTable({ 'schema-guardian': sg, squawk: sq, 'parser alone': summarize(results['parser alone']) });
    }
    const report = only.has('report') ? await reportBench(work, opts.findings, opts.runs) : undefined;
    const pr = only.has('pr') ? await prMode(work, opts, gen.files, migrationFiles, cli, index) : undefined;
    const big = only.has('big') ? await bigMigration(work, opts, cli) : undefined;

    const machine = `${cpus().length} cores, node ${process.versions.node}, load ${loadavg()[0].toFixed(1)}`;
    const goals = [
      report
        ? [`markdown report of ${opts.findings.toLocaleString('en-US')} findings, written to a file: ${(report.fullMs / 1000).toFixed(2)} s, PR comment fitted to 65,536 characters: ${(report.commentMs / 1000).toFixed(2)} s (medians of ${opts.runs} renders)`, `<= ${TARGET_REPORT_S} s`, Math.max(report.fullMs, report.commentMs) <= TARGET_REPORT_S * 1000]
        : [`markdown report of ${opts.findings.toLocaleString('en-US')} findings: not measured`, `<= ${TARGET_REPORT_S} s`, undefined],
      pr
        ? [`PR mode (base + head, ${pr.added} new migrations) / audit of the head, ${opts.files}-file repository: ${pr.ratio.toFixed(2)} (median of ${opts.runs} rounds' ratios; medians ${(pr.action.ms / 1000).toFixed(2)} s / ${(pr.audit.ms / 1000).toFixed(2)} s)`, `<= ${TARGET_PR_RATIO}`, pr.ratio <= TARGET_PR_RATIO]
        : [`PR mode (base + head) / audit of the head: not measured`, `<= ${TARGET_PR_RATIO}`, undefined],
      [`peak memory, ${opts.files}-file audit: ${sg ? fmtMb(sg.peakKb).trim() : 'not measured'}; one migration of ${opts.big.toLocaleString('en-US')} statements${big ? ` (${(big.bytes / 1e6).toFixed(1)} MB, json): ${fmtMb(big.peakKb).trim()} in ${(big.ms / 1000).toFixed(1)} s` : ': not measured'}`,
        `<= ${TARGET_MB} MB and <= ${TARGET_BIG_MB} MB`, sg && big ? sg.peakKb / 1024 <= TARGET_MB && big.peakKb / 1024 <= TARGET_BIG_MB : undefined],
      sg
        ? [`time ratio schema-guardian / squawk, ${opts.files}-file audit: ${ratio.toFixed(2)} (median of ${opts.runs} rounds' ratios)`, `<= ${TARGET_RATIO}`, ratio <= TARGET_RATIO]
        : [`time ratio schema-guardian / squawk, ${opts.files}-file audit: not measured`, `<= ${TARGET_RATIO}`, undefined],
    ];
    const ok = (b) => (b ? 'ok' : 'MISSED');
    for (const [line, target, met] of goals) console.log(`${line}   target ${target}   ${met === undefined ? 'NOT MEASURED' : ok(met)}   (${machine})`);
    if (floor) console.log(`the floor under that ratio: libpg-query's parse alone of the same files on ${floor.threads} threads (no function bodies, replay, rules, fix checks or output) / squawk: ${floor.ratio.toFixed(2)} (median of ${opts.runs} rounds' ratios)   (${machine})`);
    if (squawk || pr) console.log(`(${opts.runs} timed runs each, alternating, after one warm-up${squawk ? '; squawk exits non-zero when it finds violations, which is expected' : ''})`);
    if (opts.check && goals.some(([, , met]) => met !== true)) process.exitCode = 1;
  } finally {
    if (opts.keep) console.log(`kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Runs each of `tools` once untimed (file cache, first-run costs), then `runs` timed times, alternating between them
 * so that machine noise hits all alike; `check` makes sure every run really did the work. Returns the timed runs by name.
 */
async function alternate(work, runs, tools) {
  const results = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
  for (let round = 0; round <= runs; round++) {
    for (const [name, t] of Object.entries(tools)) {
      const stdoutFile = join(work, `${name.replace(/\W+/g, '-')}.out`);
      t.prepare?.();
      const r = await measure(t.cmd, t.args, { cwd: t.cwd, env: t.env, stdoutFile });
      const checked = t.check(r, stdoutFile);
      if (round === 0) process.stderr.write(`warm-up ${name}: ${(r.ms / 1000).toFixed(2)} s, exit ${r.code}, ${checked}\n`);
      else {
        results[name].push(r);
        process.stderr.write(`run ${round}/${runs} ${name}: ${(r.ms / 1000).toFixed(2)} s, ${(r.peakKb / 1024).toFixed(0)} MB\n`);
      }
    }
  }
  return results;
}

function printTable(rows) {
  const width = Math.max(...Object.keys(rows).map((n) => n.length));
  console.log('');
  console.log(`| ${'tool'.padEnd(width)} | median wall |    min wall | peak RSS (max) |`);
  console.log(`| ${'-'.repeat(width)} | ----------- | ----------- | -------------- |`);
  for (const [name, s] of Object.entries(rows)) console.log(`| ${name.padEnd(width)} | ${fmtS(s.ms)} | ${fmtS(s.min)} | ${fmtMb(s.peakKb)} |`);
  console.log('');
}

/**
 * Renders the markdown report of `findings` synthetic findings in a process of its own (bench/report-entry.ts,
 * bundled here with the parser's WASM beside it): in full, written to a file as the action and the CLI write it, and as
 * a PR comment fitted to 65,536 characters. `runs` processes, each timed alone; the medians of their times, as the
 * other goals take the median of their rounds (one render was at the mercy of one slow moment of a shared machine).
 */
async function reportBench(work, findings, runs) {
  const dir = join(work, 'report-bench');
  const outfile = await bundle(join(projectRoot, 'bench/report-entry.ts'), dir);
  copyFileSync(join(projectRoot, 'node_modules/libpg-query/wasm/libpg-query.wasm'), join(dir, 'libpg-query.wasm'));
  const stdoutFile = join(dir, 'out.json');
  const results = [];
  for (let run = 1; run <= runs; run++) {
    const r = await measure(process.execPath, [outfile, String(findings)], { cwd: dir, stdoutFile });
    if (r.code !== 0) throw new Error(`the report bench exited ${r.code}: ${r.stderr.trim()}`);
    const result = JSON.parse(readFileSync(stdoutFile, 'utf8'));
    process.stderr.write(`report bench ${run}/${runs}: ${JSON.stringify(result)}, ${(r.peakKb / 1024).toFixed(0)} MB\n`);
    results.push(result);
  }
  return { fullMs: median(results.map((r) => r.fullMs)), commentMs: median(results.map((r) => r.commentMs)) };
}

/**
 * The action (`node <index>`) on a pull_request event whose head adds the last PR_MIGRATIONS migrations, as a runner
 * starts it, against the fake GitHub of the tests (bundled here, served from this process), and the audit of the head
 * checkout alone with the CLI. The checkout holds both commits (as with actions/checkout's `fetch-depth: 0`), so every
 * run does the same work: no fetch of the base. Each run is a new pull request, so each one posts its comment.
 */
async function prMode(work, opts, files, migrationFiles, cli, index) {
  const checkout = join(work, 'pr-checkout');
  const added = new Set(migrationFiles.slice(-PR_MIGRATIONS));
  const git = (...args) => {
    const r = spawnSync('git', ['-C', checkout, ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim()}`);
    return r.stdout.trim();
  };
  const commit = (paths, message) => {
    for (const path of paths) {
      mkdirSync(dirname(join(checkout, path)), { recursive: true });
      writeFileSync(join(checkout, path), files[path]);
    }
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  mkdirSync(checkout, { recursive: true });
  git('init', '-q');
  git('config', 'user.name', 'Schema Guardian bench');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'commit.gpgsign', 'false');
  const baseSha = commit(Object.keys(files).filter((p) => !added.has(p)), 'base');
  const headSha = commit([...added], `add ${added.size} migrations`);

  const { FakeGitHub, WRITE_TOKEN } = await import(pathToFileURL(await bundle(join(projectRoot, '__tests__/helpers/fake-github.ts'), join(work, 'fake-github'))).href);
  const gh = await new FakeGitHub().start();
  const runner = join(work, 'runner');
  mkdirSync(runner, { recursive: true });
  const eventPath = join(runner, 'event.json');
  const outputPath = join(runner, 'output');
  const summaryPath = join(runner, 'summary.md');
  let number = 0;
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: gh.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: headSha,
    GITHUB_WORKSPACE: checkout,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runner,
    'INPUT_GITHUB-TOKEN': WRITE_TOKEN,
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_FAIL-ON': 'error',
    INPUT_COMMENT: 'always',
    'INPUT_FAIL-ON-EXISTING': 'false',
    // Live verification has a goal of its own (bench/verify.mjs); this one is the cost of comparing two trees.
    INPUT_VERIFY: 'false',
  };
  try {
    const results = await alternate(work, opts.runs, {
      action: {
        cmd: process.execPath, args: [index], cwd: checkout, env,
        prepare: () => {
          number++;
          writeFileSync(eventPath, JSON.stringify({
            action: 'opened',
            number,
            pull_request: {
              number,
              base: { ref: 'main', sha: baseSha, repo: { id: 1, full_name: 'acme/app' } },
              head: { ref: 'feature', sha: headSha, repo: { id: 1, full_name: 'acme/app' } },
            },
            repository: { id: 1, name: 'app', full_name: 'acme/app', owner: { login: 'acme' } },
          }));
          writeFileSync(outputPath, '');
          writeFileSync(summaryPath, '');
          gh.clearRequests();
        },
        check: (r, stdoutFile) => checkAction(r, stdoutFile, outputPath, gh, number),
      },
      'audit of the head': { cmd: process.execPath, args: [cli, 'audit', checkout, '--format', 'json'], cwd: projectRoot, check: (r, out) => checkOutput('schema-guardian', r, out) },
    });
    const action = summarize(results.action);
    const audit = summarize(results['audit of the head']);
    printTable({ [`action, PR adding ${added.size} migrations`]: action, 'audit of the head': audit });
    return { added: added.size, action, audit, ratio: pairedRatio(results.action, results['audit of the head']) };
  } finally {
    await gh.stop();
  }
}

/** The action must have finished its run (its outputs written) and posted its comment on pull request `number`. */
function checkAction(r, stdoutFile, outputPath, gh, number) {
  const log = () => `${readFileSync(stdoutFile, 'utf8').trim().split('\n').slice(-5).join('\n')}\n${r.stderr.trim()}`.trim();
  if (r.code !== 0 && r.code !== 1) throw new Error(`the action exited ${r.code}: ${log()}`);
  const outputs = Object.fromEntries([...readFileSync(outputPath, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]));
  if (!['pass', 'fail'].includes(outputs.status)) throw new Error(`the action did not finish its run (exit ${r.code}): ${log()}`);
  const posted = gh.requests.find((q) => q.method === 'POST' && q.path === `/repos/acme/app/issues/${number}/comments`);
  if (!posted?.body?.body?.startsWith('<!-- schema-guardian:') || !outputs['comment-id'])
    throw new Error(`the action did not post its comment on pull request ${number}: ${gh.requests.map((q) => `${q.method} ${q.path}`).join(', ') || 'no requests'}`);
  return `status ${outputs.status}, ${outputs['new-findings']} new findings, comment ${outputs['comment-id']} posted`;
}

/** Bundles a TypeScript entry with esbuild into `dir` and returns the bundle's path. */
async function bundle(entry, dir) {
  const { build } = await import('esbuild');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${entry.replace(/^.*\//, '').replace(/\.ts$/, '')}.mjs`);
  await build({
    entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning',
    external: ['pg-native'], banner: { js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);" },
  });
  return outfile;
}

/** One audit (json) of a repository whose single migration holds `opts.big` statements: its wall time and peak memory. */
async function bigMigration(work, opts, cli) {
  const repo = join(work, 'big');
  const gen = generateRepository({ files: 1, statements: opts.big, seed: opts.seed });
  for (const [path, text] of Object.entries(gen.files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const stdoutFile = join(work, 'big.out');
  const r = await measure(process.execPath, [cli, 'audit', repo, '--format', 'json'], { cwd: projectRoot, stdoutFile });
  checkOutput('schema-guardian', r, stdoutFile);
  process.stderr.write(`one migration of ${gen.statements} statements: ${(r.ms / 1000).toFixed(2)} s, ${(r.peakKb / 1024).toFixed(0)} MB\n`);
  return { ...r, statements: gen.statements, bytes: Object.values(gen.files).reduce((n, t) => n + Buffer.byteLength(t), 0) };
}

/** Makes sure each tool really analysed the repository: a crash that exits fast would make any ratio meaningless. */
function checkOutput(name, r, stdoutFile) {
  const text = readFileSync(stdoutFile, 'utf8');
  if (name === 'schema-guardian') {
    if (r.code !== 0 && r.code !== 1) throw new Error(`schema-guardian exited ${r.code}: ${r.stderr.trim()}`);
    let json;
    try { json = JSON.parse(text); } catch { throw new Error(`schema-guardian did not print JSON: ${text.slice(0, 300)}`); }
    const findings = Array.isArray(json) ? json : json.findings;
    return Array.isArray(findings) ? `${findings.length} findings` : 'JSON output';
  }
  // squawk: 0 = clean, 1 = violations found; anything else (or no JSON) means it did not run properly.
  if (r.code !== 0 && r.code !== 1) throw new Error(`squawk exited ${r.code}: ${r.stderr.trim()}`);
  let json;
  try { json = JSON.parse(text); } catch { throw new Error(`squawk did not print JSON: ${text.slice(0, 300)}`); }
  return Array.isArray(json) ? `${json.length} violations` : 'JSON output';
}

/** The parser's floor must have parsed every statement the repository was generated with; the threads it used. */
function checkFloor(r, stdoutFile, statements) {
  if (r.code !== 0) throw new Error(`the parser alone exited ${r.code}: ${r.stderr.trim()}`);
  const { statements: parsed, threads } = JSON.parse(readFileSync(stdoutFile, 'utf8'));
  if (parsed !== statements) throw new Error(`the parser alone parsed ${parsed} statements of ${statements}`);
  return threads;
}

/**
 * The median of each round's ratio between two tools that `alternate` ran: the two runs of a round follow each other,
 * so a spell of load from other processes weighs on both, where the ratio of the two medians takes them from
 * different rounds (a busy hour once gave it as 1.10 where each round said 1.07–1.34, median 1.27).
 */
function pairedRatio(runs, against) {
  return median(runs.map((r, i) => r.ms / against[i].ms));
}

function summarize(runs) {
  return { ms: median(runs.map((r) => r.ms)), min: Math.min(...runs.map((r) => r.ms)), peakKb: Math.max(...runs.map((r) => r.peakKb)) };
}
const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(11);
const fmtMb = (kb) => `${(kb / 1024).toFixed(0)} MB`.padStart(14);

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((err) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
}
