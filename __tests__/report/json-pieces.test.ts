import { jsonPieces } from '../../src/report/json.js';

// The CLI and the action write the JSON report piece by piece; joined, the pieces must be exactly what JSON.stringify gives.
describe('jsonPieces is JSON.stringify(value, null, 2) in pieces', () => {
  test.each([
    ['an empty object', {}],
    ['only undefined fields', { a: undefined }],
    ['empty arrays and objects', { findings: [], tool: {} }],
    ['scalars, null and a field left undefined', { n: 1.5, yes: true, none: null, skipped: undefined, text: 'a "quoted"\nline' }],
    ['arrays of objects with nested arrays', { findings: [{ rule: 'r', fix: 'line 1\nline 2', tags: ['a', 'b'], at: { line: 3 } }, { rule: 's', tags: [] }] }],
    ['arrays of scalars and of arrays, with undefined elements', { xs: [1, 'two', null, undefined], nested: [[1, [2]], []] }],
  ])('%s', (_name, value) => {
    const pieces = [...jsonPieces(value)];
    expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
  });

  test('the elements of a top-level array come a thousand to a piece', () => {
    expect([...jsonPieces({ findings: [{ a: 1 }, { a: 2 }] })]).toEqual(['{\n  "findings": [', '\n    {\n      "a": 1\n    },\n    {\n      "a": 2\n    }', '\n  ]', '\n}']);
    const findings = Array.from({ length: 2001 }, (_, i) => ({ line: i }));
    const pieces = [...jsonPieces({ findings })];
    expect(pieces.map((p) => (p.match(/"line"/g) ?? []).length)).toEqual([0, 1000, 1000, 1, 0, 0]);
    expect(pieces.join('')).toBe(JSON.stringify({ findings }, null, 2));
  });
});
