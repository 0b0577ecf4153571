/** The messages between the verifier and the worker thread that holds PGlite (plain data: structured clone). */
import type { FileOutcome, FilePlan, SqlError } from './run-file.js';

/** Where PGlite's files are: absolute paths, beside the bundle or in node_modules. */
export interface PgliteAssets {
  /** pglite.wasm: PostgreSQL compiled to WebAssembly. */
  wasm: string;
  /** pglite.data: the share/ files PostgreSQL reads (catalog scripts, time zones). */
  data: string;
  /** The folder of the extension bundles (`<name>.tar.gz`). */
  extensions: string;
  /** The pre-initialised data directory with the Supabase stand-in installed (a gzipped tar). */
  dataDir: string;
}

/** What the worker boots with. */
export interface WorkerBoot {
  assets: PgliteAssets;
  /** Extension bundles to unpack (file names without `.tar.gz`). */
  bundles: string[];
  /** Extensions PGlite lacks: control files written at boot, each with the script it runs. */
  standIns: Record<string, string>;
  /** The most WebAssembly memory PostgreSQL may take, in MiB: past it a statement fails with `out of memory`. */
  memoryLimitMb: number;
}

export type Request = { id: number } & Command;

export type Command = { kind: 'exec'; sql: string } | { kind: 'query'; sql: string } | { kind: 'run'; plan: FilePlan } | { kind: 'baseline' };

export type Reply =
  | { kind: 'ready'; version: string }
  | { kind: 'boot-failed'; message: string }
  | { id: number; kind: 'done'; rows?: unknown[]; outcome?: FileOutcome }
  | { id: number; kind: 'sql-error'; error: SqlError }
  | { id: number; kind: 'crashed'; message: string };
