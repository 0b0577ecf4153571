/**
 * Buffers of several megabytes held in memory that V8 maps itself, not in memory from glibc's malloc.
 *
 * Why: glibc raises its mmap threshold to the size of the largest block it has freed (up to 32 MB), and its trim
 * threshold to twice that. From then on every smaller block comes from its arenas, which keep what is freed in them.
 * Freeing the bytes of the bench's 12.8 MB migration raised the threshold to 12.4 MB early in its audit. Measured in
 * alternating pairs:
 * - Node 20.20 (six pairs): the audit peaked at 379–385 MB that way, and at 342–358 MB with the bytes in these buffers.
 * - Node 24.22 (five pairs): 351–356 MB against 341–368 MB, about 9 MB more at the median; why was not found.
 *
 * How: V8 maps and unmaps a WebAssembly memory itself, so glibc never sees it. Each one reserves far more address
 * space than its size, so smaller buffers are made as usual.
 */
export const MAPPED_FROM_BYTES = 4 * 1024 * 1024;

const WASM_PAGE_BYTES = 64 * 1024;

/** A buffer of `size` bytes whose contents are to be written; mapped from MAPPED_FROM_BYTES on. */
export function largeBuffer(size: number): Buffer {
  if (size >= MAPPED_FROM_BYTES) {
    try {
      return Buffer.from(new WebAssembly.Memory({ initial: Math.ceil(size / WASM_PAGE_BYTES) }).buffer, 0, size);
    } catch {
      // Past the engine's limit for one memory, or out of address space: malloc's, as any other buffer.
    }
  }
  return Buffer.allocUnsafe(size);
}

/** `text` in UTF-8, the bytes Buffer.from(text, 'utf8') gives, in a largeBuffer when there are many. */
export function utf8Bytes(text: string): Buffer {
  const size = Buffer.byteLength(text, 'utf8');
  if (size < MAPPED_FROM_BYTES) return Buffer.from(text, 'utf8');
  const bytes = largeBuffer(size);
  bytes.write(text, 0, 'utf8');
  return bytes;
}
