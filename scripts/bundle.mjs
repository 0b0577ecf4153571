// Builds the committed dist/: the CLI and the action entry, each one self-contained ESM file, plus the
// libpg-query WASM that the parser loads from beside the bundle. `node scripts/bundle.mjs OUTDIR` builds the same
// into another folder, so a work-in-progress tree can be measured without touching the committed dist/.
// The build goes to a fresh folder that replaces OUTDIR only once it is complete: `npm test` bundles first, and
// source that does not build must not leave the folder half-written or empty.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
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
const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', legalComments: 'none', logLevel: 'warning' };
try {
  await build({ ...common, entryPoints: ['src/cli.ts'], outfile: join(out, 'cli.js'), banner: { js: `#!/usr/bin/env node\n${cjsShim}` } });
  await build({ ...common, entryPoints: ['src/index.ts'], outfile: join(out, 'index.js'), banner: { js: cjsShim } });
  copyFileSync('node_modules/libpg-query/wasm/libpg-query.wasm', join(out, 'libpg-query.wasm'));
  rmSync(target, { recursive: true, force: true });
  renameSync(out, target);
} finally {
  rmSync(out, { recursive: true, force: true });
}
