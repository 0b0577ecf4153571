/**
 * Offset arithmetic for the parser: libpg-query speaks UTF-8 byte offsets (statement locations, scanner tokens)
 * and code-point offsets (error cursors), JavaScript strings speak UTF-16 indexes; lines are what users read.
 */

/** Byte offset → 1-based line over one UTF-8 text; line starts are computed once so each lookup is a binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly bytes: Buffer) {
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) this.starts.push(i + 1);
  }

  /** The 1-based line holding the byte at `offset`. */
  lineOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset) + 1;
  }

  /** The text between two byte offsets. */
  slice(start: number, end: number): string {
    return this.bytes.toString('utf8', start, end);
  }
}

/** The index of the last of `starts` (ascending, the first at most `at`) that is at most `at`: a binary search. */
export function lastAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Newlines in `text` between UTF-16 indexes `start` and `end`: the line delta within an embedded string. */
export function newlinesBefore(text: string, end: number, start = 0): number {
  let n = 0;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Newlines in a UTF-8 buffer before byte `end`. */
export function newlinesBeforeByte(bytes: Buffer, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

/** PostgreSQL error cursors count characters (code points); this turns one into a UTF-16 index of `text`. */
export function codePointToIndex(text: string, codePoints: number): number {
  let index = 0;
  for (let n = 0; n < codePoints && index < text.length; n++) {
    const c = text.charCodeAt(index);
    index += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return index;
}

/** Skips whitespace and comments from byte `pos`: a statement's location can point before them. */
export function skipTrivia(bytes: Buffer, pos: number, end: number): number {
  while (pos < end) {
    const c = bytes[pos]!;
    if (c === 32 || (c >= 9 && c <= 13)) pos++;
    else if (c === 45 && bytes[pos + 1] === 45) {
      const nl = bytes.indexOf(10, pos);
      pos = nl === -1 || nl >= end ? end : nl + 1;
    } else if (c === 47 && bytes[pos + 1] === 42) {
      // PostgreSQL block comments nest.
      let depth = 1;
      pos += 2;
      while (pos < end && depth > 0) {
        if (bytes[pos] === 47 && bytes[pos + 1] === 42) {
          depth++;
          pos += 2;
        } else if (bytes[pos] === 42 && bytes[pos + 1] === 47) {
          depth--;
          pos += 2;
        } else pos++;
      }
    } else break;
  }
  return Math.min(pos, end);
}

/**
 * A copy of `part` that holds nothing else. V8 keeps a substring as a view of the string it was cut from, so a short
 * description cut from a migration would keep the whole file's text alive for as long as the description lives.
 */
export function detached(part: string): string {
  // JSON keeps every UTF-16 unit, a lone surrogate too (as an escape), where a round trip through UTF-8 would not.
  return JSON.parse(JSON.stringify(part)) as string;
}
