import { detached } from '../../src/parse/lines.js';

// A description or an ignore reason is copied out of its file's text; the copy must read exactly as the original.
test.each([
  ['ASCII', 'initial schema'],
  ['accents and emoji', 'création des tables 🚀'],
  ['a lone surrogate, which UTF-8 cannot carry', 'broken \ud800 half'],
  ['empty', ''],
])('detached keeps every UTF-16 unit: %s', (_name, text) => {
  const file = `-- ${text}\n${'x'.repeat(1000)}`;
  const part = file.slice(3, 3 + text.length);
  expect(detached(part)).toBe(text);
});
