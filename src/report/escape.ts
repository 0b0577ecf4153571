import { markdownTable } from 'markdown-table';

// Placed after `@` and `#` and inside scheme separators: GitHub then sees no mention, issue reference or autolink,
// while a reader sees the same characters.
const ZWSP = '\u200B';

/** Repository text (messages, names) as inert Markdown: no HTML, no link, no emphasis, no mention, one line. */
export function text(s: string): string {
  // One pass: what an escape adds (a backslash, an entity's `&`) is never escaped again.
  return breakReferences(oneLine(s).replace(/[\\`*_~[\]()!&<>]/g, (c) => ENTITY[c] ?? `\\${c}`));
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** An inline code span holding `s` verbatim, whatever backticks it contains (CommonMark's variable-length fence). */
export function code(s: string): string {
  const line = oneLine(s);
  // No backtick and no leading space: a one-backtick span, as below, without the scans.
  if (!line.includes('`') && !line.startsWith(' ')) return `\`${line}\``;
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick needs a space so the fence is not read as longer; the space is stripped.
  const pad = /^`|`$/.test(line) || (/^ .* $/.test(line) && line.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** A fenced code block holding `body` verbatim: the fence is longer than any backtick run inside. */
export function fence(body: string, lang = ''): string {
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${lang}\n${body.replace(/\n+$/, '')}\n${marks}`;
}

/**
 * A GFM table from cells already escaped by text() / code(): pipes are escaped here, in every cell, because GFM splits
 * rows on `|` even inside code spans and reads `\|` there as a pipe. An odd backslash run before a pipe (only code()
 * leaves one) gets one more, or the row splitter would pair it with our escape and cut the cell.
 */
export function table(header: string[], rows: string[][]): string {
  const cell = (s: string) => s.replace(/(\\*)\|/g, (_, run: string) => `${run}${run.length % 2 ? '\\' : ''}\\|`);
  return markdownTable([header.map(cell), ...rows.map((r) => r.map(cell))], { alignDelimiters: false });
}

/** What goes before and after the body of a `<details>` whose summary is our own words: Markdown inside needs the blank lines around it. */
export function detailsAround(summary: string): [string, string] {
  return [`<details><summary>${summary}</summary>\n\n`, '\n\n</details>'];
}

function oneLine(s: string): string {
  return /[\r\n]/.test(s) ? s.replace(/\s*[\r\n]+\s*/g, ' ') : s;
}

function breakReferences(s: string): string {
  // Most text has none of these: testing first spares four copies of every string.
  if (!/[@#]|:\/\/|www\./i.test(s)) return s;
  return s
    .replace(/@(?=[\w-])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/(\w):\/\//g, `$1:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
