// Builds the pre-initialised PGlite data directory live verification boots from (src/verify/snapshot.ts does the
// work): src/verify/data/pgdata.tar.gz, and pgdata.json, the stamp of what it was built from. A data directory is
// never byte-for-byte reproducible (initdb draws a system identifier), so it is committed and rebuilt only when its
// inputs change: `node scripts/build-pglite-snapshot.mjs --if-stale` (what scripts/bundle.mjs runs) rebuilds it only
// when the stamp no longer matches the stand-in's sources and PGlite's version; without the flag it always rebuilds.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const out = join(root, 'src/verify/data');
const inputs = ['src/verify/snapshot.ts', 'src/verify/stand-in.ts', 'src/verify/pglite-setup.ts'];
const pgliteDist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
const pgliteVersion = JSON.parse(readFileSync(join(pgliteDist, '../package.json'), 'utf8')).version;

/** What the data directory depends on: the sources that build it and the PGlite that reads it. */
function stamp() {
  const hash = createHash('sha256');
  for (const file of inputs) hash.update(readFileSync(join(root, file)));
  return { pglite: pgliteVersion, sources: hash.digest('hex') };
}

function current() {
  try {
    const saved = JSON.parse(readFileSync(join(out, 'pgdata.json'), 'utf8'));
    const now = stamp();
    return existsSync(join(out, 'pgdata.tar.gz')) && saved.pglite === now.pglite && saved.sources === now.sources;
  } catch {
    return false;
  }
}

if (process.argv.includes('--if-stale') && current()) process.exit(0);

// Inside node_modules, so that the bundled builder resolves PGlite from the project.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules/.cache/sg-snapshot-'));
try {
  // The builder is TypeScript: bundle it (PGlite stays external, loaded from node_modules), then run it.
  const entry = join(work, 'build.mjs');
  await build({ entryPoints: [join(root, 'src/verify/snapshot.ts')], bundle: true, platform: 'node', format: 'esm', outfile: entry, external: ['@electric-sql/pglite'], logLevel: 'warning' });
  const { buildDataDir } = await import(pathToFileURL(entry).href);
  const { tarball, version } = await buildDataDir(pgliteDist);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'pgdata.tar.gz'), tarball);
  writeFileSync(join(out, 'pgdata.json'), `${JSON.stringify({ ...stamp(), postgres: version.replace(/ on .*$/, '') }, null, 2)}\n`);
  process.stdout.write(`built src/verify/data/pgdata.tar.gz (${(tarball.length / 1048576).toFixed(1)} MiB, ${version.replace(/ on .*$/, '')})\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
