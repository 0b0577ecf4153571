#!/usr/bin/env node
// Benchmark: schema-guardian audit vs squawk on one generated Supabase repository, measured in the same run.
//
//   node bench/bench.mjs [--files 1000] [--statements 50000] [--runs 5] [--cli dist/cli.js] [--keep] [--check] [--findings 100000] [--big 100000]
//
// Generates a repository of --files migrations totalling --statements statements (a realistic Supabase mix), installs
// squawk-cli into a temporary folder (never into this project), then runs both tools --runs times each, alternating,
// after one untimed warm-up each. Prints one line per goal of issue 12 with its figure, the target and the core count:
// the markdown report of --findings findings, the full audit against squawk, and the peak memory of the audit and of
// one migration of --big statements. With --check, exits 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_RATIO = 1.0;
const TARGET_MB = 300;
const TARGET_BIG_MB = 400;
const TARGET_REPORT_S = 2;
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = { files: 1000, statements: 50000, runs: 5, cli: 'dist/cli.js', keep: false, check: false, seed: 42, findings: 100000, big: 100000 };
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
    else if (a === '--keep') opts.keep = true;
    else if (a === '--check') opts.check = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 10).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
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
function measure(cmd, args, { cwd, stdoutFile }) {
  return new Promise((done, fail) => {
    const out = openSync(stdoutFile, 'w');
    const timeFile = `${stdoutFile}.time`;
    const [file, argv] = TIME ? [TIME, ['-f', '%M', '-o', timeFile, cmd, ...args]] : [cmd, args];
    const t0 = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', out, 'pipe'] });
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
  const cli = resolve(projectRoot, opts.cli);
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

    const squawk = installSquawk();
    console.log(`squawk: ${squawk.version} (${squawk.native ? 'native binary' : 'npm wrapper'}: ${squawk.bin})`);
    console.log(`schema-guardian: node ${opts.cli}`);
    console.log(`peak memory from: ${TIME ? `${TIME} -f %M` : '/proc/<pid>/status VmHWM, polled every 10 ms'}`);
    if (!existsSync(cli)) {
      console.log(`\n${opts.cli} does not exist yet: build it (npm run bundle) and run again. The generated repository is ${opts.keep ? 'kept' : 'removed'}.`);
      process.exitCode = 2;
      return;
    }

    const tools = {
      'schema-guardian': { cmd: process.execPath, args: [cli, 'audit', repo, '--format', 'json'], cwd: projectRoot },
      squawk: { cmd: squawk.bin, args: ['--reporter', 'json', ...migrationFiles], cwd: repo },
    };
    const results = { 'schema-guardian': [], squawk: [] };
    const outputs = {};
    // One untimed warm-up each (file cache, first-run costs), then --runs timed runs, alternating.
    for (let round = 0; round <= opts.runs; round++) {
      for (const [name, t] of Object.entries(tools)) {
        const stdoutFile = join(work, `${name}.out`);
        const r = await measure(t.cmd, t.args, { cwd: t.cwd, stdoutFile });
        if (round === 0) {
          outputs[name] = checkOutput(name, r, stdoutFile);
          process.stderr.write(`warm-up ${name}: ${(r.ms / 1000).toFixed(2)} s, exit ${r.code}, ${outputs[name]}\n`);
        } else {
          results[name].push(r);
          process.stderr.write(`run ${round}/${opts.runs} ${name}: ${(r.ms / 1000).toFixed(2)} s, ${(r.peakKb / 1024).toFixed(0)} MB\n`);
        }
      }
    }

    const sg = summarize(results['schema-guardian']);
    const sq = summarize(results.squawk);
    const ratio = sg.ms / sq.ms;
    const ok = (b) => (b ? 'ok' : 'MISSED');
    console.log('');
    console.log(`| tool            | median wall |    min wall | peak RSS (max) |`);
    console.log(`| --------------- | ----------- | ----------- | -------------- |`);
    console.log(`| schema-guardian | ${fmtS(sg.ms)} | ${fmtS(sg.min)} | ${fmtMb(sg.peakKb)} |`);
    console.log(`| squawk          | ${fmtS(sq.ms)} | ${fmtS(sq.min)} | ${fmtMb(sq.peakKb)} |`);
    console.log('');

    const report = await reportBench(work, opts.findings);
    const big = await bigMigration(work, opts, cli);
    const machine = `${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`;
    const goals = [
      [`markdown report of ${opts.findings.toLocaleString('en-US')} findings: ${(report.fullMs / 1000).toFixed(2)} s, PR comment fitted to 65,536 characters: ${(report.commentMs / 1000).toFixed(2)} s`, `<= ${TARGET_REPORT_S} s`, Math.max(report.fullMs, report.commentMs) <= TARGET_REPORT_S * 1000],
      [`PR mode (base + head) / audit of the head: not measured by this bench yet`, '<= 1.2', undefined],
      [`peak memory, ${opts.files}-file audit: ${fmtMb(sg.peakKb).trim()}; one migration of ${big.statements.toLocaleString('en-US')} statements (${(big.bytes / 1e6).toFixed(1)} MB, json): ${fmtMb(big.peakKb).trim()} in ${(big.ms / 1000).toFixed(1)} s`, `<= ${TARGET_MB} MB and <= ${TARGET_BIG_MB} MB`, sg.peakKb / 1024 <= TARGET_MB && big.peakKb / 1024 <= TARGET_BIG_MB],
      [`time ratio schema-guardian / squawk, ${opts.files}-file audit: ${ratio.toFixed(2)}`, `<= ${TARGET_RATIO}`, ratio <= TARGET_RATIO],
    ];
    for (const [line, target, met] of goals) console.log(`${line}   target ${target}   ${met === undefined ? 'NOT MEASURED' : ok(met)}   (${machine})`);
    console.log(`(${opts.runs} timed runs each, alternating, after one warm-up; squawk exits non-zero when it finds violations, which is expected)`);
    if (opts.check && goals.some(([, , met]) => met !== true)) process.exitCode = 1;
  } finally {
    if (opts.keep) console.log(`kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Renders the markdown report of `findings` synthetic findings in a process of its own (bench/report-entry.ts,
 * bundled here with the parser's WASM beside it): in full, and as a PR comment fitted to 65,536 characters.
 */
async function reportBench(work, findings) {
  const { build } = await import('esbuild');
  const dir = join(work, 'report-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'report-entry.mjs');
  await build({
    entryPoints: [join(projectRoot, 'bench/report-entry.ts')], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning',
    external: ['pg-native'], banner: { js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);" },
  });
  copyFileSync(join(projectRoot, 'node_modules/libpg-query/wasm/libpg-query.wasm'), join(dir, 'libpg-query.wasm'));
  const stdoutFile = join(dir, 'out.json');
  const r = await measure(process.execPath, [outfile, String(findings)], { cwd: dir, stdoutFile });
  if (r.code !== 0) throw new Error(`the report bench exited ${r.code}: ${r.stderr.trim()}`);
  const result = JSON.parse(readFileSync(stdoutFile, 'utf8'));
  process.stderr.write(`report bench: ${JSON.stringify(result)}, ${(r.peakKb / 1024).toFixed(0)} MB\n`);
  return result;
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
