import { table } from './escape.js';
import { foldAround } from './format.js';

/** Where a block hands its text, piece by piece and in order. */
export type PieceSink = (piece: string) => void;

/**
 * A piece of the report with its length known before its text is built: the size fit adds lengths to choose how
 * much detail to keep, and only the report it keeps is ever rendered.
 */
export interface Block {
  /** The length of its text. */
  readonly length: number;
  /**
   * Its length when that is at most `cap`, else some number above `cap`: a probe against a size limit counts no
   * further than the limit, so a list of 100,000 findings costs the few hundred items that fit.
   */
  upTo(cap: number): number;
  text(): string;
  /**
   * Its text in pieces, for writing as they come: a whole report made one string first costs V8 a copy of every
   * piece into a new string of the report's size, several times what encoding the pieces one by one costs.
   */
  write(out: PieceSink): void;
}

function block(upTo: (cap: number) => number, write: (out: PieceSink) => void, text = () => joined(write)): Block {
  return { get length() { return upTo(Infinity); }, upTo, text, write };
}

/** The pieces joined once: concatenating them block by block would copy the long lists again at every level. */
function joined(write: (out: PieceSink) => void): string {
  const pieces: string[] = [];
  write((piece) => pieces.push(piece));
  return pieces.join('');
}

export function fixed(s: string): Block {
  return block(() => s.length, (out) => out(s), () => s);
}

/** fixed() of a text built only when a probe or the text reaches it: a probe stops at its limit. */
export function deferred(text: () => string): Block {
  return block(() => text().length, (out) => out(text()), text);
}

export function join(blocks: Block[], separator: string): Block {
  const separators = separator.length * Math.max(0, blocks.length - 1);
  const upTo = (cap: number) => {
    let n = separators;
    for (const b of blocks) {
      if (n > cap) break;
      n += b.upTo(cap - n);
    }
    return n;
  };
  return block(upTo, (out) => blocks.forEach((b, i) => {
    if (i) out(separator);
    b.write(out);
  }));
}

/** fold() for a block: the <details> wrapper, when there is one, adds the same characters whatever the body. */
export function folded(summary: string, body: Block, rows: number): Block {
  const [before, after] = foldAround(summary, rows);
  const wrapper = before.length + after.length;
  return block((cap) => wrapper + body.upTo(cap - wrapper), (out) => {
    out(before);
    body.write(out);
    out(after);
  });
}

/** Items built on demand: the `i`th of `size`. */
export interface LazyItems {
  size: number;
  item(i: number): string;
}

/**
 * Items of which a prefix is shown. An item is built the first time a probe or the text reaches it, and a prefix's
 * length comes from running sums, so a probe costs nothing per item already built.
 */
export class ItemList {
  private readonly items: LazyItems;
  private readonly built: string[] = [];
  private readonly sums: number[] = [0];

  constructor(items: readonly string[] | LazyItems) {
    this.items = 'item' in items ? items : { size: items.length, item: (i) => items[i]! };
  }

  /** Builds items until there are `n`, or until the first ones, with separators of `gap` characters, pass `cap`. */
  private extend(n: number, gap: number, cap = Infinity): void {
    while (this.built.length < n && this.sums[this.built.length]! + gap * Math.max(0, this.built.length - 1) <= cap) {
      const item = this.items.item(this.built.length);
      this.built.push(item);
      this.sums.push(this.sums[this.sums.length - 1]! + item.length);
    }
  }

  /** The first `n` items joined by `separator`. */
  first(n: number, separator: string): Block {
    const gap = separator.length;
    return block((cap) => {
      this.extend(n, gap, cap);
      const k = Math.min(n, this.built.length);
      return this.sums[k]! + gap * Math.max(0, k - 1);
    }, (out) => {
      // Items past those a probe built are written and let go, not kept: a long list kept whole is what a
      // collection would have to walk again and again.
      for (let i = 0; i < Math.min(n, this.items.size); i++) {
        if (i) out(separator);
        out(this.built[i] ?? this.items.item(i));
      }
    });
  }
}

/**
 * table() as a block whose rows are built as a probe or the text reaches them: when every row has the header's number
 * of cells, a GFM row's text does not depend on the other rows.
 */
export function tableBlock(header: string[], size: number, row: (i: number) => string[]): Block {
  const head = table(header, []);
  if (size === 0) return fixed(head);
  const rows = new ItemList({ size, item: (i) => table(header, [row(i)]).slice(head.length + 1) });
  return join([fixed(head), rows.first(size, '\n')], '\n');
}

/** A detail section's body in full and in brief: the size fit swaps the one for the other, heading kept. */
export interface SectionBody {
  readonly full: string;
  readonly brief: string;
}

export function sameInBrief(body: string): SectionBody {
  return { full: body, brief: body };
}

/** A body whose full text is built when first read: a report fitted to a size limit may show only the brief. */
export function briefFirst(brief: string, full: () => string): SectionBody {
  let built: string | undefined;
  return { brief, get full() { return (built ??= full()); } };
}
