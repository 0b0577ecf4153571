import { fixed, join } from '../../src/report/blocks.js';
import { Utf8Chunks, writeInChunks } from '../../src/report/utf8-chunks.js';

/** The chunks `pieces` make at `size` bytes, as text. */
function chunked(pieces: string[], size: number): string[] {
  const chunks: string[] = [];
  const encoder = new Utf8Chunks((bytes) => chunks.push(bytes.toString('utf8')), size);
  pieces.forEach((p) => encoder.write(p));
  encoder.end();
  return chunks;
}

describe('Utf8Chunks fills chunks of at most the size with whole pieces; a piece too long for one goes alone', () => {
  it.each([
    { pieces: ['ab', 'cd', 'e'], size: 7, chunks: ['ab', 'cde'] },
    { pieces: ['a', 'b'], size: 30, chunks: ['ab'] },
    { pieces: ['abcde', 'f'], size: 6, chunks: ['abcde', 'f'] },
    { pieces: ['ab', 'cdefgh', 'i'], size: 6, chunks: ['ab', 'cdefgh', 'i'] },
    { pieces: ['é✔', '😀'], size: 10, chunks: ['é✔', '😀'] },
    { pieces: ['é✔', '😀'], size: 11, chunks: ['é✔😀'] },
    { pieces: [], size: 3, chunks: [] },
    { pieces: ['', ''], size: 3, chunks: [] },
  ])('$pieces at $size bytes → $chunks', ({ pieces, size, chunks }) => {
    expect(chunked(pieces, size)).toEqual(chunks);
  });

  test('no character is cut between chunks, whatever its width', () => {
    const pieces = Array.from({ length: 500 }, (_, i) => ['a', 'é', '✔', '😀'][i % 4]!.repeat(1 + (i % 7)));
    const bytes: Buffer[] = [];
    const encoder = new Utf8Chunks((b) => bytes.push(b), 64);
    pieces.forEach((p) => encoder.write(p));
    encoder.end();
    expect(bytes.every((b) => b.length <= 64)).toBe(true);
    expect(bytes.map((b) => b.toString('utf8')).join('')).toBe(pieces.join(''));
  });

  test('each chunk handed over is a buffer of its own, kept intact by later writes', () => {
    const kept: Buffer[] = [];
    const encoder = new Utf8Chunks((b) => kept.push(b), 6);
    ['ab', 'cd', 'ef'].forEach((p) => encoder.write(p));
    encoder.end();
    expect(kept.map(String)).toEqual(['ab', 'cd', 'ef']);
  });
});

test('writeInChunks writes blocks and pieces in order', () => {
  const out: Buffer[] = [];
  writeInChunks([join([fixed('# Title'), fixed('body ✔')], '\n\n'), ['\n', 'tail']], (b) => out.push(b));
  expect(Buffer.concat(out).toString('utf8')).toBe('# Title\n\nbody ✔\ntail');
});
