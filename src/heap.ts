import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AnalyzeOptions } from './analyze.js';

/** The young generation Node 20 and 22 stop at (V8's new space, both semi-spaces). */
const YOUNG_GENERATION_BYTES = 32 * 1024 * 1024;

export interface YoungGenerationOptions {
  /** V8's version; default this process's. */
  version?: string;
  capBytes?: number;
  setFlags?: (flags: string) => void;
}

/** A cap on V8's young generation: checked as the event loop turns, and by `check` inside long synchronous work. */
export interface YoungGenerationCap {
  /** Caps the young generation once it has reached the cap; cheap enough to call between pieces of work. */
  check: () => void;
  stop: () => void;
}

/**
 * Stops V8's young generation from growing past the size Node 20 and 22 give it. V8 13 (Node 24, the action's runtime)
 * lets it grow to 128 MB, and what it holds there is resident: measured on Node 24.22, the 1,000-file audit peaked at
 * 510 MB, and 360-390 MB with the growth stopped at 32 MB, in the same time. Its size can only be set on the command
 * line (and a growth factor given there did not stop it on Node 24.22), but a growth factor set at runtime is read
 * each time it grows, so it is set to 1 once the new space reaches the cap. That is checked every 10 ms as the event
 * loop turns, and by `check`, which the engine calls between the pieces of a large file's parse: that runs for seconds
 * without a turn, and the 12.8 MB file's young generation reached 128 MB in it. On an older V8 nothing runs. The flag is
 * process-wide: a worker thread's young generation stops growing from then on too.
 */
export function capYoungGeneration({ version = process.versions.v8, capBytes = YOUNG_GENERATION_BYTES, setFlags = setFlagsFromString }: YoungGenerationOptions = {}): YoungGenerationCap {
  if (Number.parseInt(version, 10) < 13) return { check: () => {}, stop: () => {} };
  let capped = false;
  const check = (): void => {
    if (capped || newSpaceBytes() < capBytes) return;
    capped = true;
    setFlags('--semi-space-growth-factor=1');
    clearInterval(timer);
  };
  const timer = setInterval(check, 10);
  // Nothing to wait for: the process may end before the cap is reached.
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}

function newSpaceBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/** Below this much heap in use a forced collection cannot lower the peak by much, and a small run should not pay for one. */
const COLLECT_ABOVE_BYTES = 64 * 1024 * 1024;

const heapUsed = (): number => getHeapStatistics().used_heap_size;

export interface CollectOptions {
  /** Default: the heap V8 has in use now. */
  usedBytes?: () => number;
  /** Default: a full collection, V8's `gc` exposed at runtime as `--expose-gc` would. */
  collect?: () => void;
}

let exposedGc: (() => void) | undefined;

function fullCollection(): void {
  exposedGc ??= exposeGc();
  exposedGc();
}

/**
 * V8's `gc`, exposed at runtime as `--expose-gc` would (jest's leak detector does the same). Should a runtime not give
 * it, the run goes on without forced collections: they only ever lower the peak.
 */
export function exposeGc(evaluate: (code: string) => unknown = runInNewContext): () => void {
  setFlagsFromString('--expose-gc');
  try {
    const gc = evaluate('gc');
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // A ReferenceError: the flag did not take.
  }
  return () => {};
}

/**
 * A full collection now, when the heap holds COLLECT_ABOVE_BYTES or more. The engine calls it between phases that
 * each build a catalog's or a schema's worth of data while the last phase's is garbage (analyze's `betweenPhases`:
 * after the walk, before each fix check that re-audits the tree), and the CLI and the action before they render the
 * report. Left to itself, V8 sets the old generation's limit at about five times what its collection early in the
 * walk left, and the later phases grow the heap to that limit with the garbage of the phase before. Measured on the
 * 1,000-file audit: 313-318 MB peak without, 276-279 MB with a collection at the two fix checks' starts and before the
 * report (Node 24.22); 318-355 MB against 304-312 MB on Node 20.20. The one after the walk is for a large file, whose
 * syntax trees die there: the 12.8 MB file's peak went 611-623 to 570-589 MB on Node 24, 554-576 to 460-496 MB on
 * Node 20. Each collection takes about 100 ms on these inputs.
 */
export function collectGarbage({ usedBytes = heapUsed, collect = fullCollection }: CollectOptions = {}): void {
  if (usedBytes() >= COLLECT_ABOVE_BYTES) collect();
}

/** The engine's turns (AnalyzeOptions) for a process that keeps its own heap in check. */
export type HeapTurns = Pick<AnalyzeOptions, 'betweenPhases' | 'betweenSteps'>;

/** How much the heap may grow between steps before it is collected. */
const GROWTH_BYTES = 64 * 1024 * 1024;

/**
 * Collections between phases (collectGarbage), and between steps (a large file's parse pieces, a fix check's batches
 * and re-audits): the young generation's cap, and a collection once the heap has grown by GROWTH_BYTES since the
 * last one. Each read of a large file parses it a piece at a time, and a piece's syntax trees live long enough (while
 * the replay runs it) to be promoted, so they die in the old generation, which V8 lets grow to about twice what its
 * last collection left. Measured on the 12.8 MB file read a piece at a time: 472 MB peak without these collections,
 * 394-396 MB with them (Node 20.20).
 */
export function heapTurns(youngGeneration: YoungGenerationCap, { usedBytes = heapUsed, collect = fullCollection }: CollectOptions = {}): HeapTurns {
  let left = 0;
  const betweenPhases = (): void => {
    collectGarbage({ usedBytes, collect });
    left = usedBytes();
  };
  return {
    betweenPhases,
    betweenSteps: () => {
      youngGeneration.check();
      if (usedBytes() >= left + GROWTH_BYTES) betweenPhases();
    },
  };
}
