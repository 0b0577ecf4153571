// Builds the committed dist/: the CLI and the action entry, each one self-contained ESM file, plus the
// libpg-query WASM that the parser loads from beside the bundle, and live verification's PGlite worker and files. `node scripts/bundle.mjs OUTDIR` builds the same
// into another folder, so a work-in-progress tree can be measured without touching the committed dist/.
// The build goes to a fresh folder that replaces OUTDIR only once it is complete: `npm test` bundles first, and
// source that does not build must not leave the folder half-written or empty.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const target = resolve(process.argv[2] ?? 'dist');
const out = mkdtempSync(join(dirname(target), '.bundle-'));
chmodSync(out, 0o755);
// CommonJS dependencies (libpg-query's loader among them) expect require and __dirname inside an ESM bundle.
const cjsShim = [
  "import { createRequire as __sgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __sgFileURLToPath } from 'node:url';",
  "import { dirname as __sgDirname } from 'node:path';",
  'const require = __sgCreateRequire(import.meta.url);',
  'const __filename = __sgFileURLToPath(import.meta.url);',
  'const __dirname = __sgDirname(__filename);',
].join('\n');
// pg-native is node-postgres' optional native binding, which the URL mode never asks for.
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', legalComments: 'none', logLevel: 'warning', external: ['pg-native'] };
// Live verification boots PGlite from a committed data directory; rebuilt here only when the stand-in changed.
execFileSync(process.execPath, ['scripts/build-pglite-snapshot.mjs', '--if-stale'], { stdio: 'inherit' });
try {
  await build({ ...common, entryPoints: ['src/cli.ts'], outfile: join(out, 'cli.js'), banner: { js: `#!/usr/bin/env node\n${cjsShim}` } });
  await build({ ...common, entryPoints: ['src/index.ts'], outfile: join(out, 'index.js'), banner: { js: cjsShim } });
  copyFileSync('node_modules/libpg-query/wasm/libpg-query.wasm', join(out, 'libpg-query.wasm'));
  // The walk's parse thread (src/parse/ahead.ts), beside the bundles and the WASM it loads.
  await build({ ...common, entryPoints: ['src/parse/parse-worker.ts'], outfile: join(out, 'parse-worker.js'), banner: { js: cjsShim } });
  // PGlite runs on a worker thread of its own, with its files in pglite/: PostgreSQL's WASM, its share/ files, the
  // data directory, and the extension bundles a run unpacks when its migrations name them.
  await build({ ...common, entryPoints: ['src/verify/pglite-worker.ts'], outfile: join(out, 'verify-worker.js'), banner: { js: cjsShim } });
  const pglite = 'node_modules/@electric-sql/pglite/dist';
  mkdirSync(join(out, 'pglite/extensions'), { recursive: true });
  for (const file of ['pglite.wasm', 'pglite.data']) copyFileSync(join(pglite, file), join(out, 'pglite', file));
  copyFileSync('src/verify/data/pgdata.tar.gz', join(out, 'pglite/pgdata.tar.gz'));
  for (const file of readdirSync(pglite).filter((f) => f.endsWith('.tar.gz'))) copyFileSync(join(pglite, file), join(out, 'pglite/extensions', file));
  for (const file of readdirSync(out).filter((f) => f.endsWith('.js'))) asciiOnly(join(out, file));
  rmSync(target, { recursive: true, force: true });
  renameSync(out, target);
} finally {
  rmSync(out, { recursive: true, force: true });
}

/**
 * V8 holds a script's source for as long as the script runs, at one byte a character only when every character is
 * ASCII. esbuild escapes what the code holds but copies comments as they are written, and a `…` in a comment made the
 * 1.9 MB CLI take 3.7 MB of heap. What is left outside ASCII is in comments, where an escape reads the same (and in a
 * string or regular expression would mean the same).
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
