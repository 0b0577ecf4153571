/**
 * Builds the data directory the bundle ships: initdb and the Supabase stand-in done once, at build time, so that a
 * verification boots PGlite from it (about a second) instead of running initdb and the stand-in on every run.
 * scripts/build-pglite-snapshot.mjs runs this; `npm run bundle` reruns that script when the stand-in changed.
 */
import { PGlite, type Extension } from '@electric-sql/pglite';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writeStandIns } from './pglite-setup.js';
import { PRE_ENABLED_STAND_INS, STAND_IN_EXTENSIONS, STAND_IN_ROLES_SQL, STAND_IN_SEARCH_PATH, STAND_IN_SQL } from './stand-in.js';

/** The data directory as a gzipped tar, and what it was built with. `pgliteDist`: PGlite's dist folder. */
export async function buildDataDir(pgliteDist: string): Promise<{ tarball: Buffer; version: string }> {
  const extensions: Record<string, Extension> = {};
  for (const bundle of ['uuid-ossp', 'pgcrypto']) {
    const bundlePath = pathToFileURL(join(pgliteDist, `${bundle}.tar.gz`));
    extensions[bundle.replace(/\W/g, '_')] = { name: bundle, setup: async () => ({ bundlePath }) };
  }
  // 1 MiB WAL segments rather than 16, and no spare ones kept after the checkpoint: whatever the directory holds is
  // shipped, unpacked and loaded at every boot.
  const db = await PGlite.create({
    extensions,
    initDbStartParams: ['--wal-segsize=1'],
    startParams: [...PGlite.defaultStartParams, '-c', 'min_wal_size=2MB', '-c', 'max_wal_size=8MB'],
  });
  try {
    writeStandIns(db, STAND_IN_EXTENSIONS);
    await db.exec(STAND_IN_ROLES_SQL);
    await db.exec(STAND_IN_SQL);
    for (const [name, schema] of Object.entries(PRE_ENABLED_STAND_INS)) await db.exec(`CREATE EXTENSION IF NOT EXISTS ${name} WITH SCHEMA ${schema}`);
    await db.exec(`ALTER DATABASE postgres SET search_path = ${STAND_IN_SEARCH_PATH}`);
    // Migrations never need the template databases here (PGlite serves one database): a smaller directory boots faster.
    for (const template of ['template0', 'template1']) {
      await db.exec(`ALTER DATABASE ${template} IS_TEMPLATE false`);
      await db.exec(`DROP DATABASE ${template}`);
    }
    await db.exec('VACUUM FREEZE');
    await db.exec('CHECKPOINT');
    const version = (await db.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v;
    const tar = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer());
    return { tarball: gzipSync(tar, { level: 9 }), version };
  } finally {
    await db.close();
  }
}
