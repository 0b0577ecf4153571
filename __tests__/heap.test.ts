import { capYoungGeneration, collectGarbage, exposeGc, heapTurns } from '../src/heap.js';

/** Long enough for the 10 ms check to run several times. */
const severalChecks = () => new Promise((resolve) => setTimeout(resolve, 80));

const STOP_GROWING = '--semi-space-growth-factor=1';

test.each([
  { node: '20.20 (V8 11.3)', version: '11.3.244.8-node.33', newSpace: 'over the cap', capBytes: 0, sets: [] },
  { node: '22.23 (V8 12.4)', version: '12.4.254.21-node.57', newSpace: 'over the cap', capBytes: 0, sets: [] },
  { node: '24.22 (V8 13.6)', version: '13.6.233.17-node.63', newSpace: 'over the cap', capBytes: 0, sets: [STOP_GROWING] },
  { node: '24.22 (V8 13.6)', version: '13.6.233.17-node.63', newSpace: 'under the cap', capBytes: Number.MAX_SAFE_INTEGER, sets: [] },
  { node: 'with V8 14', version: '14.1.146.11-node.12', newSpace: 'over the cap', capBytes: 0, sets: [STOP_GROWING] },
])('Node $node, new space $newSpace: sets $sets, once at most', async ({ version, capBytes, sets }) => {
  const set: string[] = [];
  const cap = capYoungGeneration({ version, capBytes, setFlags: (flags) => set.push(flags) });
  await severalChecks();
  cap.check();
  cap.stop();
  expect(set).toEqual(sets);
});

test.each([
  { node: '20.20 (V8 11.3)', version: '11.3.244.8-node.33', sets: [] },
  { node: '24.22 (V8 13.6)', version: '13.6.233.17-node.63', sets: [STOP_GROWING] },
])('Node $node, in synchronous work (no turn of the event loop): check caps at once, once at most', ({ version, sets }) => {
  const set: string[] = [];
  const cap = capYoungGeneration({ version, capBytes: 0, setFlags: (flags) => set.push(flags) });
  cap.check();
  cap.check();
  cap.stop();
  expect(set).toEqual(sets);
});

describe('collectGarbage', () => {
  test.each([
    { heap: 'a small heap (a small repository, a test)', used: 63 * 1024 * 1024, times: 0 },
    { heap: '64 MB in use', used: 64 * 1024 * 1024, times: 1 },
  ])('$heap: collects $times time(s)', ({ used, times }) => {
    let collected = 0;
    collectGarbage({ usedBytes: () => used, collect: () => collected++ });
    expect(collected).toBe(times);
  });

  test('by default, a real full collection: garbage that only a full collection reaches is gone', async () => {
    // Kept past a few scavenges so that it is promoted: only a mark-compact frees it then.
    let garbage: object[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ i }));
    const tracked = new WeakRef(garbage);
    for (let i = 0; i < 3; i++) Array.from({ length: 300_000 }, (_, j) => ({ j }));
    garbage = undefined;
    // A WeakRef keeps its target alive until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage({ usedBytes: () => Number.MAX_SAFE_INTEGER });
    expect(tracked.deref()).toBeUndefined();
  });
});

test.each([
  ['throws (the flag did not take)', () => { throw new ReferenceError('gc is not defined'); }],
  ['gives something else', () => 42],
])('where the runtime\'s gc %s, collecting is a no-op, not a crash', (_case, evaluate) => {
  const collect = exposeGc(evaluate);
  expect(() => collect()).not.toThrow();
});

describe('heapTurns', () => {
  const MB = 1024 * 1024;
  /** A heap whose use the test sets, and what the turns did. */
  function turns() {
    const did: string[] = [];
    let used = 0;
    const heap = heapTurns({ check: () => did.push('young generation checked'), stop: () => {} }, { usedBytes: () => used, collect: () => { did.push(`collected at ${used / MB} MB`); used = 70 * MB; } });
    return { did, heap, use: (mb: number) => { used = mb * MB; } };
  }

  test('between a large file\'s pieces: the young generation checked each time, a collection once the heap grew by 64 MB since the last one', () => {
    const { did, heap, use } = turns();
    heap.betweenPhases!();
    use(100);
    heap.betweenPhases!();
    for (const mb of [80, 133, 134, 100, 133]) {
      use(mb);
      heap.betweenSteps!();
    }
    expect(did).toEqual([
      'collected at 100 MB',
      'young generation checked', 'young generation checked', 'young generation checked', 'collected at 134 MB',
      'young generation checked', 'young generation checked',
    ]);
  });

  test('between phases: a collection from 64 MB on, as collectGarbage', () => {
    const { did, heap, use } = turns();
    use(63);
    heap.betweenPhases!();
    use(64);
    heap.betweenPhases!();
    expect(did).toEqual(['collected at 64 MB']);
  });
});
