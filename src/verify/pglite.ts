/**
 * PGlite in a worker thread: PostgreSQL in WebAssembly, in this process, no server, no network. It boots from the
 * shipped data directory (initdb and the Supabase stand-in already done), so a run starts in about a second.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../errors.js';
import { VerifyStopped, type Bounds, type LiveDatabase } from './database.js';
import type { Command, PgliteAssets, Reply, Request, WorkerBoot } from './protocol.js';
import type { FileOutcome, FilePlan } from './run-file.js';

/** The bundle ships PGlite's files in dist/pglite/ and the worker as dist/verify-worker.js, beside cli.js and index.js. */
const BUNDLED_ASSETS = new URL('./pglite/', import.meta.url);
const BUNDLED_WORKER = new URL('./verify-worker.js', import.meta.url);

/** The data directory's file name, in dist/pglite/ and in src/verify/data/ where the build script writes it. */
export const DATA_DIR_FILE = 'pgdata.tar.gz';

/** Where PGlite's files are: beside the bundle, else (running from source) in node_modules and src/verify/data. */
export function defaultAssets(): PgliteAssets {
  const bundled = fileURLToPath(BUNDLED_ASSETS);
  if (existsSync(join(bundled, 'pglite.wasm'))) {
    return { wasm: join(bundled, 'pglite.wasm'), data: join(bundled, 'pglite.data'), extensions: join(bundled, 'extensions'), dataDir: join(bundled, DATA_DIR_FILE) };
  }
  const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  return { wasm: join(dist, 'pglite.wasm'), data: join(dist, 'pglite.data'), extensions: dist, dataDir: fileURLToPath(new URL(`./data/${DATA_DIR_FILE}`, import.meta.url)) };
}

export interface PgliteOptions {
  /** Extension bundles to unpack at boot. */
  bundles: string[];
  /** Extensions PGlite lacks, with the script of each stand-in. */
  standIns: Record<string, string>;
  bounds: Bounds;
  /** The worker script; default the bundled one. */
  worker?: URL;
  assets?: PgliteAssets;
}

/** Boots PGlite in its worker; resolves once PostgreSQL answers. */
export async function startPglite(options: PgliteOptions): Promise<LiveDatabase> {
  const worker = options.worker ?? BUNDLED_WORKER;
  if (!existsSync(fileURLToPath(worker))) throw new UsageError(`--verify: the PGlite worker ${fileURLToPath(worker)} is missing (npm run bundle builds it)`);
  const assets = options.assets ?? defaultAssets();
  for (const path of [assets.wasm, assets.data, assets.dataDir]) if (!existsSync(path)) throw new UsageError(`--verify: PGlite's file ${path} is missing (npm run bundle copies it)`);
  const boot: WorkerBoot = { assets, bundles: options.bundles, standIns: options.standIns, memoryLimitMb: options.bounds.memoryLimitMb };
  // Its own stdout: whatever PGlite prints never mixes with the report on ours.
  const thread = new Worker(worker, { workerData: boot, stdout: true, stderr: true });
  thread.stdout.resume();
  thread.stderr.resume();
  let settle: { resolve(reply: Extract<Reply, { kind: 'ready' }>): void; reject(e: Error): void } | undefined;
  const failed = (why: string) => {
    void thread.terminate();
    settle?.reject(new UsageError(`--verify: PGlite did not start: ${why}`));
  };
  const onMessage = (reply: Reply) => (reply.kind === 'ready' ? settle?.resolve(reply) : failed('message' in reply ? reply.message : reply.kind));
  const onError = (e: Error) => failed(e.message);
  const onExit = (code: number) => failed(`its thread exited with ${code}`);
  const ready = await new Promise<Extract<Reply, { kind: 'ready' }>>((resolve, reject) => {
    settle = { resolve, reject };
    thread.once('message', onMessage).once('error', onError).once('exit', onExit);
  }).finally(() => {
    // Only these: Node's own listeners on the thread keep its port open.
    thread.off('message', onMessage).off('error', onError).off('exit', onExit);
  });
  const [, postgres, pglite] = /^PostgreSQL (\S+) \(PGlite (\S+)\)/.exec(ready.version) ?? [];
  return new PgliteDatabase(thread, `PGlite ${pglite ?? '?'} (PostgreSQL ${postgres ?? '?'})`, options.bounds);
}

class PgliteDatabase implements LiveDatabase {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(reply: Reply): void; reject(e: Error): void }>();
  private stopped: string | undefined;

  constructor(private readonly thread: Worker, readonly description: string, private readonly bounds: Bounds) {
    thread.on('message', (reply: Reply) => {
      if (!('id' in reply)) return;
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiting?.resolve(reply);
    });
    thread.on('error', (e) => this.stop(`PGlite failed: ${e.message}`));
    thread.on('exit', () => this.stop('PGlite stopped'));
  }

  async baseline(): Promise<void> {
    await this.request({ kind: 'baseline' }, this.bounds.fileTimeoutMs);
  }

  async run(plan: FilePlan): Promise<FileOutcome> {
    const reply = await this.request({ kind: 'run', plan }, this.bounds.fileTimeoutMs, `${plan.file} ran longer than ${this.bounds.fileTimeoutMs / 1000} s`);
    return (reply as { outcome: FileOutcome }).outcome;
  }

  async query<R>(sql: string): Promise<R[]> {
    const reply = await this.request({ kind: 'query', sql }, this.bounds.fileTimeoutMs);
    return (reply as { rows: R[] }).rows;
  }

  async exec(sql: string): Promise<void> {
    await this.request({ kind: 'exec', sql }, this.bounds.fileTimeoutMs);
  }

  async close(): Promise<void> {
    this.stop('closed');
    await this.thread.terminate();
  }

  private request(message: Command, timeoutMs: number, overrun = `a catalog query ran longer than ${timeoutMs / 1000} s`): Promise<Reply> {
    if (this.stopped) return Promise.reject(new VerifyStopped(this.stopped));
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      // PostgreSQL inside WebAssembly cannot be interrupted: a statement past its time ends the thread, and the run.
      const timer = setTimeout(() => {
        this.stop(overrun);
        void this.thread.terminate();
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          if (reply.kind === 'done') resolve(reply);
          else if (reply.kind === 'sql-error') reject(Object.assign(new Error(reply.error.message), { code: reply.error.sqlstate, detail: reply.error.detail, hint: reply.error.hint, position: reply.error.position }));
          else if (reply.kind === 'crashed') reject(new VerifyStopped(`PGlite failed: ${reply.message}`));
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.thread.postMessage({ ...message, id } as Request);
    });
  }

  private stop(why: string): void {
    this.stopped ??= why;
    for (const waiting of this.pending.values()) waiting.reject(new VerifyStopped(this.stopped));
    this.pending.clear();
  }
}
