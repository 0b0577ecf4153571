import type { Snapshot } from '../../src/types.js';

/** A tree held in memory: the smallest repository a test can describe inline. */
export function memorySnapshot(files: Record<string, string | Buffer>): Snapshot {
  const paths = Object.keys(files).sort();
  return {
    label: 'memory',
    files: () => paths,
    read: (path) => { const v = files[path]; return v === undefined ? undefined : Buffer.isBuffer(v) ? v : Buffer.from(v); },
  };
}
