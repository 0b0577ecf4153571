/** The database a verification runs against, PGlite in-process or a PostgreSQL server, behind one interface. */
import type { FileOutcome, FilePlan } from './run-file.js';

export interface LiveDatabase {
  /** What it is, for the report: `PGlite 0.5.17 (PostgreSQL 18.1)`, `PostgreSQL 15.8 at db.example.com`. */
  readonly description: string;
  /** Notes the relations that exist before the first migration (the platform's). */
  baseline(): Promise<void>;
  /** One file: first run, re-run; bounded in time. Throws VerifyStopped when the database had to be stopped. */
  run(plan: FilePlan): Promise<FileOutcome>;
  /** Rows of a catalog query. */
  query<R>(sql: string): Promise<R[]>;
  /** Runs a script of the verifier's own (setup, never a migration). */
  exec(sql: string): Promise<void>;
  /** Ends the session; the URL mode drops its temporary database. Safe to call twice. */
  close(): Promise<void>;
}

/** The verification could not go on (a file ran past its time, the database stopped): what was learnt so far stands. */
export class VerifyStopped extends Error {}

/** Limits every run honours. */
export interface Bounds {
  /** The longest one file may run (first run and re-run together), in milliseconds. */
  fileTimeoutMs: number;
  /** The most memory PostgreSQL may take (PGlite; a server keeps its own settings), in MiB. */
  memoryLimitMb: number;
}

export const DEFAULT_BOUNDS: Bounds = { fileTimeoutMs: 60_000, memoryLimitMb: 1024 };
