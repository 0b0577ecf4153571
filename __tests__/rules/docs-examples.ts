import { readFileSync } from 'node:fs';
import type { Files, Found } from './engine.js';

/**
 * The ✅ / ❌ examples of a rule's docs page, read the way docs/rules/README.md describes: a marker line opens an
 * example, the fenced blocks after it (up to the next marker or heading) are the files of a small repository.
 */
export interface DocExample {
  /** The marker's paragraph, as the page prints it (wrapped lines joined). */
  title: string;
  /** Set when the example is a pull request (it has a ```diff block): the tree at the base branch. */
  base?: Files;
  /** The tree audited, or the pull request's head. */
  files: Files;
  /** What the page's rule reports: nothing for ✅, the `Reported:` list for ❌ (severity: the page's default). */
  expected: Found[];
}

/** A page of docs/rules, split into its examples; `orphans` are fenced blocks of the Example section outside any. */
export interface DocPage {
  id: string;
  defaultSeverity: string;
  examples: DocExample[];
  orphans: string[];
}

const MARKER = /^(✅|❌)/u;
const DEFAULT_SCHEMA = 'prisma/schema.prisma';

/** A rule's docs page: the default severity it states and its examples, ready to run through the engine. */
export function readDocPage(id: string): DocPage {
  const lines = readFileSync(`docs/rules/${id}.md`, 'utf8').split('\n');
  const defaultSeverity = /^\*\*Default severity:\*\* (\w+)/m.exec(lines.join('\n'))?.[1] ?? '';
  const drafts: { title: string; blocks: { info: string; body: string[] }[] }[] = [];
  const orphans: string[] = [];
  let section = '';
  let open: (typeof drafts)[number] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) { section = line; open = undefined; continue; }
    if (MARKER.test(line)) {
      // The marker's paragraph may wrap onto the lines after it.
      let title = line;
      while (lines[i + 1]?.trim() && !lines[i + 1]!.startsWith('```')) title += ` ${lines[++i]!.trim()}`;
      open = { title, blocks: [] };
      drafts.push(open);
      continue;
    }
    if (!line.startsWith('```')) continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`docs/rules/${id}.md:${i + 1}: a fence that never closes`);
    const block = { info: line.slice(3).trim(), body: lines.slice(i + 1, end) };
    if (open) open.blocks.push(block);
    else if (section === '## Example') orphans.push(`docs/rules/${id}.md:${i + 1}`);
    i = end;
  }
  return { id, defaultSeverity, orphans, examples: drafts.map((d) => toExample(id, defaultSeverity, d.title, d.blocks)) };
}

function toExample(id: string, severity: string, title: string, blocks: { info: string; body: string[] }[]): DocExample {
  const where = `docs/rules/${id}.md, example "${title}"`;
  if (blocks.length === 0) throw new Error(`${where}: a marker with no fenced block after it`);
  const base: Files = {};
  const head: Files = {};
  let pullRequest = false;
  let unnamed = 0;
  const defaultPath = () => `supabase/migrations/2024010100000${unnamed++}_example.sql`;
  for (const { info, body } of blocks) {
    const language = info.split(/\s+/)[0] ?? '';
    let path: string | undefined;
    const pathOfBlock = () => (path ??= defaultPath());
    if (language === 'diff') {
      pullRequest = true;
      const side = (keep: string) => body.filter((l) => l[0] === ' ' || l[0] === keep || l === '').map((l) => l.slice(1));
      Object.assign(base, filesOf(side('-'), 'sql', pathOfBlock));
      Object.assign(head, filesOf(side('+'), 'sql', pathOfBlock));
    } else {
      const files = filesOf(body, language, pathOfBlock);
      Object.assign(base, files);
      Object.assign(head, files);
    }
  }
  return { title, ...(pullRequest && { base }), files: head, expected: MARKER.exec(title)![1] === '✅' ? [] : reported(title, id, severity, { ...base, ...head }, where) };
}

/**
 * The files one block stands for: a folder listing (first line ends in `/`, one file per indented line, `←` notes
 * ignored), a hex dump of a migration (`# path` on its first line), a Prisma schema, code or a .env file (`ts`, `tsx`,
 * `js`, `dotenv`, its path on a `// path` or `# path` first line), or a migration (its path from a `-- path.sql`
 * first line, else a default one).
 */
function filesOf(body: string[], language: string, defaultPath: () => string): Files {
  const text = body.join('\n');
  if (body.length === 0 || text.trim() === '') return {};
  const first = body[0]!.trim();
  if (first.endsWith('/')) {
    return Object.fromEntries(body.slice(1).map((l) => l.replace(/←.*/, '').trim()).filter(Boolean).map((name) => [`${first}${name}`, '']));
  }
  if (language === 'hex') {
    const path = /^#\s*([^\s:]+)/.exec(first)?.[1] ?? defaultPath();
    return { [path]: Buffer.from(body.filter((l) => !l.startsWith('#')).join('').replace(/\s+/g, ''), 'hex') };
  }
  if (language === 'prisma') return { [DEFAULT_SCHEMA]: `${text}\n` };
  // Code, and files such as .env.example: the path is a `// path` (or `# path`) first line.
  const codePath = /^(?:\/\/|#)\s*(\S+)$/.exec(first)?.[1];
  if (['ts', 'tsx', 'js', 'dotenv'].includes(language) && codePath) return { [codePath]: `${body.slice(1).join('\n')}\n` };
  const named = /^--\s*(\S+\.sql)$/.exec(first)?.[1];
  return { [named ?? defaultPath()]: `${text}\n` };
}

/**
 * The findings a ❌ marker line lists after `Reported:`, separated by `;`: each names its object and its file in
 * backticks (a name that is a file of the example, at the base or the head, is the file, by path or by name) and its line as `line N`. A
 * finding with a line and no file is in the example's only file.
 */
function reported(title: string, rule: string, severity: string, files: Files, where: string): Found[] {
  const list = /Reported: (.*)$/.exec(title)?.[1];
  if (!list) throw new Error(`${where}: a ❌ marker says what is reported after "Reported:"`);
  const paths = Object.keys(files);
  return list.replace(/\.$/, '').split(';').map((item) => {
    let file: string | undefined;
    let object: string | undefined;
    for (const [, name] of item.matchAll(/`([^`]+)`/g)) {
      const path = paths.find((p) => p === name || p.endsWith(`/${name}`));
      if (path) file = path;
      else object = name;
    }
    const line = /\bline (\d+)/.exec(item)?.[1];
    if (line !== undefined && file === undefined) {
      if (paths.length !== 1) throw new Error(`${where}: "${item.trim()}" must name its file, the example has ${paths.length}`);
      file = paths[0];
    }
    return { rule, severity, file, line: line === undefined ? undefined : Number(line), object } as Found;
  });
}
