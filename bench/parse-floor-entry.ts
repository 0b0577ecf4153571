// The floor under the time ratio with squawk (bundled by bench/bench.mjs, run as a process of its own, like squawk on
// the same files): libpg-query's parse of each migration file named, and nothing else: no PL/pgSQL bodies, replay,
// rules, fix checks or output. The files are dealt round-robin to as many threads as the machine has cores. Prints one
// JSON line: the top-level statements parsed and the threads used.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseSync } from 'libpg-query';
import { initParser } from '../src/parse/sql.js';

function parseAll(files: string[]): number {
  let statements = 0;
  for (const file of files) statements += parseSync(readFileSync(file, 'utf8')).stmts?.length ?? 0;
  return statements;
}

// The same load as the engine's: on V8 13 and later, the flags that keep the parser on its baseline compiler.
await initParser();
if (isMainThread) {
  const files = process.argv.slice(2);
  const threads = Math.max(1, Math.min(availableParallelism(), files.length));
  const share = (k: number) => files.filter((_, i) => i % threads === k);
  const others = Array.from({ length: threads - 1 }, (_, k) => new Promise<number>((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: share(k + 1) });
    worker.once('message', resolve);
    worker.once('error', reject);
  }));
  const statements = parseAll(share(0)) + (await Promise.all(others)).reduce((sum, n) => sum + n, 0);
  process.stdout.write(`${JSON.stringify({ statements, threads })}\n`);
} else parentPort!.postMessage(parseAll(workerData as string[]));
