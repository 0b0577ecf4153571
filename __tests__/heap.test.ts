import { capYoungGeneration } from '../src/heap.js';

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
  const stop = capYoungGeneration({ version, capBytes, setFlags: (flags) => set.push(flags) });
  await severalChecks();
  stop();
  expect(set).toEqual(sets);
});
