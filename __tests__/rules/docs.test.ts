import { readdirSync, readFileSync } from 'node:fs';
import { RULES } from '../../src/rules/index.js';
import { VERSION } from '../../src/version.js';
import { readDocPage } from './docs-examples.js';
import { audit, pullRequest } from './engine.js';

const pages = readdirSync('docs/rules').filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();

test('every registered rule has a docs page and every page a rule', () => {
  expect(pages).toEqual(RULES.map((r) => r.id));
});

test('rule files are named after their ids', () => {
  const files = readdirSync('src/rules').filter((f) => !['define-rule.ts', 'index.ts'].includes(f)).map((f) => f.slice(0, -3)).sort();
  expect(files).toEqual(RULES.map((r) => r.id));
});

describe.each(RULES.map((rule) => ({ rule, page: readDocPage(rule.id) })))('docs/rules/$rule.id.md', ({ rule, page }) => {
  test('states the rule’s default severity', () => {
    expect(page.defaultSeverity).toBe(rule.defaultSeverity);
  });

  test('shows a ✅ and a ❌ example, and no code in its Example section outside one', () => {
    expect(page.examples.some((e) => e.expected.length === 0)).toBe(true);
    expect(page.examples.some((e) => e.expected.length > 0)).toBe(true);
    expect(page.orphans).toEqual([]);
  });

  test.each(page.examples.map((e) => [e.title, e] as const))('%s', async (_title, example) => {
    const found = example.base ? await pullRequest(rule.id, example.base, example.files) : await audit(rule.id, example.files);
    expect(found).toEqual(example.expected);
  });
});

test('the version printed in reports is the package version', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
