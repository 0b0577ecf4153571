#!/usr/bin/env node
// Runs the differential test (engine re-run verdicts vs a private PostgreSQL 15) on random migration histories.
//   node bench/differential.mjs [histories=300] [seed=1]
// The test itself is __tests__/catalog/differential.test.ts; see bench/README.md.
import { spawnSync } from 'node:child_process';

const [count = '300', seed = '1'] = process.argv.slice(2);
const r = spawnSync('npm', ['test', '--', '__tests__/catalog/differential.test.ts', '-t', 'differential:'], {
  stdio: 'inherit',
  env: { ...process.env, SCHEMA_GUARDIAN_DIFFERENTIAL: count, SCHEMA_GUARDIAN_DIFFERENTIAL_SEED: seed },
});
process.exit(r.status ?? 1);
