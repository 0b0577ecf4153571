import { editDistance } from '../spelling.js';
import type { IgnoreComment } from '../types.js';
import { detached } from './lines.js';

const DIRECTIVES = ['schema-guardian-ignore', 'schema-guardian-ignore-file'] as const;
/** A comment's first word, long enough to be a directive or a near miss of one, and what follows it. */
const FIRST_WORD = /^[ \t]*([A-Za-z][\w-]{15,40})(?=[\s:]|$)(.*)$/s;
const BODY = /^\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*:?(.*)$/s;

/**
 * What a comment (its text after `--` or `///`) says as an ignore: `schema-guardian-ignore rule-a, rule-b: reason`
 * gives one entry per rule. A comment that looks meant as one and is not (a misspelled directive, or one that names
 * no rule) gives one malformed entry, so that unused-ignore can say why it silences nothing. Undefined for any other
 * comment.
 */
export function ignoreDirective(comment: string, at: { file: string; line: number }): IgnoreComment[] | undefined {
  const m = FIRST_WORD.exec(comment);
  if (!m) return undefined;
  const written = m[1]!;
  const exact = written === DIRECTIVES[0] || written === DIRECTIVES[1];
  const meant = exact ? written : meantDirective(written);
  if (meant === undefined) return undefined;
  const scope = meant === DIRECTIVES[1] ? 'file' : 'next';
  const body = exact ? BODY.exec(m[2]!) : null;
  if (!body) return [malformedIgnore(at, detached(written), meant, scope)];
  const reason = detached(body[2]!.trim());
  return body[1]!.split(',').map((rule) => ({ rule: detached(rule.trim()), reason, ...at, scope }));
}

/** A comment written as an ignore that is not one: it silences nothing, and unused-ignore says why. */
export function malformedIgnore(at: { file: string; line: number }, written: string, meant: string, scope: IgnoreComment['scope'] = 'next'): IgnoreComment {
  return { rule: '', reason: '', ...at, scope, malformed: { written, meant } };
}

/**
 * The directive a word misspells, if any: the nearer one within two edits once case, `-` and `_` are set aside; else,
 * for a word that starts like the tool's name (`schema-guardian-disable`), the usual one.
 */
function meantDirective(word: string): (typeof DIRECTIVES)[number] | undefined {
  const loose = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  const w = loose(word);
  const [ignore, file] = DIRECTIVES.map((d) => editDistance(w, loose(d))) as [number, number];
  if (Math.min(ignore, file) <= 2) return file < ignore ? DIRECTIVES[1] : DIRECTIVES[0];
  return w.startsWith('schemaguardian') ? DIRECTIVES[0] : undefined;
}
