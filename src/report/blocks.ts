import { fold } from './format.js';

/**
 * A piece of the report with its length known before its text is built: the size fit adds lengths to choose how
 * much detail to keep, and only the report it keeps is ever rendered.
 */
export interface Block {
  readonly length: number;
  text(): string;
}

export function fixed(s: string): Block {
  return { length: s.length, text: () => s };
}

export function join(blocks: Block[], separator: string): Block {
  return {
    length: blocks.reduce((n, b) => n + b.length, 0) + separator.length * Math.max(0, blocks.length - 1),
    text: () => blocks.map((b) => b.text()).join(separator),
  };
}

/** fold() for a block: the <details> wrapper, when there is one, adds the same characters whatever the body. */
export function folded(summary: string, body: Block, rows: number): Block {
  return { length: fold(summary, '', rows).length + body.length, text: () => fold(summary, body.text(), rows) };
}

/** Items of which a prefix is shown; a prefix's length comes from running sums, so a probe costs nothing per item. */
export class ItemList {
  private readonly sums: number[] = [0];

  constructor(private readonly items: string[]) {
    for (const item of items) this.sums.push(this.sums[this.sums.length - 1]! + item.length);
  }

  /** The first `n` items joined by `separator`. */
  first(n: number, separator: string): Block {
    return {
      length: this.sums[n]! + separator.length * Math.max(0, n - 1),
      text: () => this.items.slice(0, n).join(separator),
    };
  }
}

/** A detail section's body in full and in brief: the size fit swaps the one for the other, heading kept. */
export interface SectionBody {
  full: string;
  brief: string;
}

export function sameInBrief(body: string): SectionBody {
  return { full: body, brief: body };
}
