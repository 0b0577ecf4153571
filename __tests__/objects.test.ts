import { withKeys } from '../src/objects.js';

test('withKeys is the spread it stands for: the base keys first, in order, then the added ones; the base is left as it was', () => {
  const base = { rule: 'missing-rls', severity: 'error', line: 3 };
  const made = withKeys(base, { status: 'new' as const, line: 4 });
  expect(JSON.stringify(made)).toBe(JSON.stringify({ ...base, status: 'new', line: 4 }));
  expect(Object.keys(made)).toEqual(['rule', 'severity', 'line', 'status']);
  expect(base).toEqual({ rule: 'missing-rls', severity: 'error', line: 3 });
});
