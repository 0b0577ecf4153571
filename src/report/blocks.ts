import { table } from './escape.js';
import { fold } from './format.js';

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
}

function block(upTo: (cap: number) => number, text: () => string): Block {
  return { get length() { return upTo(Infinity); }, upTo, text };
}

export function fixed(s: string): Block {
  return block(() => s.length, () => s);
}

/** fixed() of a text built only when a probe or the text reaches it: a probe stops at its limit. */
export function deferred(text: () => string): Block {
  return block(() => text().length, text);
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
  // Concatenation rather than Array#join, which copies its parts: the long lists of a report, nested a few blocks
  // deep, would be copied once per level, where a concatenation is copied once, when the report is written.
  return block(upTo, () => blocks.reduce((s, b, i) => (i ? s + separator : s) + b.text(), ''));
}

/** fold() for a block: the <details> wrapper, when there is one, adds the same characters whatever the body. */
export function folded(summary: string, body: Block, rows: number): Block {
  const wrapper = fold(summary, '', rows).length;
  return block((cap) => wrapper + body.upTo(cap - wrapper), () => fold(summary, body.text(), rows));
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
    }, () => {
      this.extend(n, gap);
      return this.built.slice(0, n).join(separator);
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
