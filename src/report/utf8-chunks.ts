import type { Block, PieceSink } from './blocks.js';

/**
 * Text handed over in pieces, encoded as UTF-8 into chunks of at most `size` bytes (a piece longer than a chunk goes
 * alone), each passed to `flush` as it fills: a long report is written without ever being one string. Encoding each
 * piece into the chunk as it comes costs far less than a string made of the pieces, which V8 copies whole, every piece
 * again, before it can encode it.
 */
export class Utf8Chunks {
  private chunk: Buffer | undefined;
  private used = 0;

  /** `flush` may keep the chunk it is given: each is a buffer of its own. */
  constructor(private readonly flush: (bytes: Buffer) => void, private readonly size = 1 << 20) {}

  write(piece: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8, so a piece that passes this check is never cut.
    const most = piece.length * 3;
    if (this.used + most > this.size) this.end();
    if (most > this.size) this.flush(Buffer.from(piece));
    else if (piece) this.used += (this.chunk ??= Buffer.allocUnsafe(this.size)).write(piece, this.used);
  }

  /** Flushes what the last chunk holds. */
  end(): void {
    if (this.used) this.flush(this.chunk!.subarray(0, this.used));
    this.chunk = undefined;
    this.used = 0;
  }
}

/** Blocks' texts, or pieces of text, one after another to `flush` in chunks of UTF-8. */
export function writeInChunks(outputs: (Block | Iterable<string>)[], flush: (bytes: Buffer) => void): void {
  const chunks = new Utf8Chunks(flush);
  const out: PieceSink = (piece) => chunks.write(piece);
  for (const output of outputs) {
    if ('write' in output) output.write(out);
    else for (const piece of output) out(piece);
  }
  chunks.end();
}
