/** What both the worker and the data directory's build do to a PGlite instance before it runs SQL. */
import type { PGlite } from '@electric-sql/pglite';

/**
 * Writes a control file and a script for each extension PGlite lacks, so CREATE EXTENSION finds it: PostgreSQL
 * reads them from share/postgresql/extension, which lives in PGlite's memory and starts afresh at every boot.
 */
export function writeStandIns(db: PGlite, standIns: Record<string, string>): void {
  const dir = `${db.Module.WASM_PREFIX}/share/postgresql/extension`;
  for (const [name, script] of Object.entries(standIns)) {
    db.Module.FS.writeFile(`${dir}/${name}.control`, `comment = 'Schema Guardian stand-in: ${name} is not in PGlite'\ndefault_version = '1.0'\nrelocatable = ${script ? 'false' : 'true'}\n`);
    db.Module.FS.writeFile(`${dir}/${name}--1.0.sql`, `${script}\n`);
  }
}

/**
 * PGlite asks for up to 2 GiB of WebAssembly memory. On the calling thread the limit becomes `limitMb`: when
 * PostgreSQL cannot grow its heap, palloc raises `out of memory` (SQLSTATE 53200) and the statement fails like any
 * other. Call it before PGlite creates its memory, on a thread of its own (it replaces WebAssembly.Memory there).
 */
export function capMemory(limitMb: number): void {
  const Native = WebAssembly.Memory;
  const pages = Math.floor((limitMb * 1024 * 1024) / 65536);
  class Capped extends Native {
    constructor(descriptor: WebAssembly.MemoryDescriptor) {
      super({ ...descriptor, maximum: Math.min(descriptor.maximum ?? pages, pages) });
    }
  }
  (globalThis.WebAssembly as { Memory: typeof WebAssembly.Memory }).Memory = Capped;
}
