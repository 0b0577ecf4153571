import { readdirSync, readFileSync } from 'node:fs';
import { RULES } from '../../src/rules/index.js';
import { VERSION } from '../../src/version.js';

const docs = readdirSync('docs/rules').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();

test('every registered rule has a docs page and every page a rule', () => {
  expect(docs).toEqual(RULES.map((r) => r.id));
});

test('rule files are named after their ids and the registry is sorted', () => {
  const files = readdirSync('src/rules').filter((f) => !['define-rule.ts', 'index.ts'].includes(f)).map((f) => f.slice(0, -3)).sort();
  expect(files).toEqual(RULES.map((r) => r.id));
  expect(RULES.map((r) => r.id)).toEqual([...RULES.map((r) => r.id)].sort());
});

test('the version printed in reports is the package version', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
