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

  test('the elements of a top-level array come the first alone, then about 32 K characters to a piece', () => {
    expect([...jsonPieces({ findings: [{ a: 1 }, { a: 2 }] })]).toEqual(['{\n  "findings": [', '\n    {\n      "a": 1\n    }', ',\n    {\n      "a": 2\n    }', '\n  ]', '\n}']);
    const findings = Array.from({ length: 5000 }, (_, i) => ({ line: i, message: 'x'.repeat(100) }));
    const pieces = [...jsonPieces({ findings })];
    const elements = pieces.slice(1, -2);
    const counts = elements.map((p) => (p.match(/"line"/g) ?? []).length);
    expect(counts[0]).toBe(1);
    expect(counts.reduce((a, b) => a + b)).toBe(5000);
    // Below V8's largest regular string of two-byte text (64 K characters), and not much below the aim.
    for (const piece of elements.slice(1, -1)) {
      expect(piece.length).toBeLessThan(64 * 1024);
      expect(piece.length).toBeGreaterThan(30 * 1024);
    }
    expect(pieces.join('')).toBe(JSON.stringify({ findings }, null, 2));
  });

  test('an element longer than a piece goes alone', () => {
    const findings = [{ fix: 'a'.repeat(40000) }, { fix: 'b'.repeat(40000) }, { fix: 'c' }, { fix: 'd'.repeat(40000) }];
    const pieces = [...jsonPieces({ findings })];
    expect(pieces.slice(1, -2).map((p) => p.match(/"fix"/g)?.length)).toEqual([1, 1, 1, 1]);
    expect(pieces.join('')).toBe(JSON.stringify({ findings }, null, 2));
  });
});
