/**
 * The worker thread that holds PGlite. PostgreSQL in WebAssembly runs on the thread that calls it and cannot be
 * interrupted there (statement_timeout never fires inside PGlite), so it lives on its own thread: the verifier
 * terminates the thread when a file overruns its time. Bundled on its own (dist/verify-worker.js) with PGlite's code.
 */
import { PGlite, type Extension } from '@electric-sql/pglite';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Reply, Request, WorkerBoot } from './protocol.js';
import { FileRunner, sqlError, type SqlSession } from './run-file.js';
import { capMemory, writeStandIns } from './pglite-setup.js';
import { STAND_IN_SEARCH_PATH } from './stand-in.js';

const boot = workerData as WorkerBoot;
const gunzipAsync = promisify(gunzip);
const port = parentPort!;
const send = (reply: Reply): void => port.postMessage(reply);

capMemory(boot.memoryLimitMb);
start().catch((e: unknown) => send({ kind: 'boot-failed', message: e instanceof Error ? e.message : String(e) }));

async function start(): Promise<void> {
  const { assets } = boot;
  // Node's zlib unpacks the data directory far faster than PGlite's own gzip path, and on its thread pool, while
  // WebAssembly compiles.
  const [wasm, fsBundle, dataDir] = await Promise.all([
    readFile(assets.wasm).then((bytes) => WebAssembly.compile(bytes)),
    readFile(assets.data),
    readFile(assets.dataDir).then((gz) => gunzipAsync(gz)),
  ]);
  const extensions: Record<string, Extension> = {};
  for (const bundle of boot.bundles) {
    const bundlePath = pathToFileURL(join(assets.extensions, `${bundle}.tar.gz`));
    extensions[`sg_${bundle.replace(/\W/g, '_')}`] = { name: bundle, setup: async () => ({ bundlePath }) };
  }
  const db = await PGlite.create({
    loadDataDir: new Blob([dataDir]),
    pgliteWasmModule: wasm,
    fsBundle: new Blob([fsBundle]),
    extensions,
    // Durability is worth nothing to a database thrown away at the end: commits cost a third without waiting for it.
    // A smaller buffer pool boots faster (PostgreSQL clears it at start) and is plenty for a replay of DDL.
    startParams: [...PGlite.defaultStartParams, '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'shared_buffers=16MB'],
  });
  writeStandIns(db, boot.standIns);
  await db.exec(`SET client_min_messages = warning; SET search_path = ${STAND_IN_SEARCH_PATH}`);
  const version = (await db.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v;

  const session: SqlSession = {
    exec: async (sql) => void (await db.exec(sql)),
    query: async <R>(sql: string) => (await db.query<R>(sql)).rows,
  };
  const runner = new FileRunner(session);
  port.on('message', (request: Request) => void answer(request, session, runner));
  send({ kind: 'ready', version });
}

// Requests arrive one at a time (the verifier awaits each); PGlite serialises them anyway.
async function answer(request: Request, session: SqlSession, runner: FileRunner): Promise<void> {
  try {
    if (request.kind === 'exec') await session.exec(request.sql);
    if (request.kind === 'query') return send({ id: request.id, kind: 'done', rows: await session.query(request.sql) });
    if (request.kind === 'baseline') await runner.baseline();
    if (request.kind === 'run') return send({ id: request.id, kind: 'done', outcome: await runner.run(request.plan) });
    send({ id: request.id, kind: 'done' });
  } catch (e) {
    try {
      send({ id: request.id, kind: 'sql-error', error: sqlError(e) });
    } catch {
      send({ id: request.id, kind: 'crashed', message: e instanceof Error ? e.message : String(e) });
    }
  }
}
