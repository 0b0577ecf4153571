import { largeBuffer, MAPPED_FROM_BYTES, utf8Bytes } from '../src/large-buffers.js';

const WASM_PAGE = 64 * 1024;

describe('utf8Bytes', () => {
  // Sizes in bytes on both sides of MAPPED_FROM_BYTES, with characters of two and four bytes at the edges.
  it.each([
    ['ASCII, small', 'select 1;'],
    ['ASCII, one byte under', 'a'.repeat(MAPPED_FROM_BYTES - 1)],
    ['ASCII, exactly at', 'a'.repeat(MAPPED_FROM_BYTES)],
    ['two-byte characters, one past', `${'é'.repeat(MAPPED_FROM_BYTES / 2)}x`],
    ['a four-byte character last', `${'a'.repeat(MAPPED_FROM_BYTES)}😀`],
  ])('gives the bytes Buffer.from gives: %s', (_, text) => {
    const bytes = utf8Bytes(text);
    expect(bytes.length).toBe(Buffer.byteLength(text, 'utf8'));
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it.each([
    // At exactly MAPPED_FROM_BYTES both kinds are whole pages, so the sizes tried are one on either side.
    [MAPPED_FROM_BYTES - 1, false],
    [MAPPED_FROM_BYTES + 1, true],
  ])('%i bytes sit in a WebAssembly memory (whole 64 KiB pages): %s', (size, mapped) => {
    const backing = utf8Bytes('b'.repeat(size)).buffer.byteLength;
    expect(backing % WASM_PAGE === 0 && backing >= size).toBe(mapped);
  });
});

test('largeBuffer gives exactly the size asked for, mapped or not', () => {
  expect([100, MAPPED_FROM_BYTES + 7].map((size) => largeBuffer(size).length)).toEqual([100, MAPPED_FROM_BYTES + 7]);
});
