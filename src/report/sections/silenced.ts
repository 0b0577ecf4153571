import type { SilencedSetting, Silencing } from '../../pull-request.js';
import type { Finding, IgnoreComment } from '../../types.js';
import { code, text } from '../escape.js';
import { compactTarget, locCell } from '../format.js';

/** Ignore comments named one by one; a pull request adding more is summed up after them. */
const IGNORES_NAMED = 20;
/** Findings named per ignore comment. */
const SILENCED_NAMED = 5;

/**
 * "This pull request silences the guard": first in the comment, because a pull request that turns a rule off or adds
 * an ignore comment reports "0 new findings" for the very reason a reviewer should look at it. Undefined when it
 * silences nothing.
 */
export function silencedBlock(s: Silencing): string | undefined {
  const lines = silencedLines(s);
  if (!lines.length) return undefined;
  const title = s.settings.length || s.ignores.length ? '⚠️ **This pull request silences the guard**, compared with its base:' : 'ℹ️ **What this pull request silences is not fully known:**';
  return [title, '', ...lines.map((l) => `- ${l}`)].map((l) => (l ? `> ${l}` : '>')).join('\n');
}

/** One line per setting and ignore comment the pull request adds (the text report prints them as they are). */
export function silencedLines(s: Silencing): string[] {
  const lines = s.settings.map(settingLine);
  for (const ignore of s.ignores.slice(0, IGNORES_NAMED)) lines.push(ignoreLine(ignore.comment, ignore.silenced));
  if (s.ignores.length > IGNORES_NAMED) lines.push(`…and ${s.ignores.length - IGNORES_NAMED} more ignore comments`);
  if (s.unknown) lines.push(`the configuration was not compared: ${text(s.unknown)}`);
  return lines;
}

function settingLine(s: SilencedSetting): string {
  switch (s.key) {
    case 'rules':
      return s.to === 'off' ? `turns ${code(s.rule)} off (it was ${s.from})` : `lowers ${code(s.rule)} from ${s.from} to ${s.to}`;
    case 'ignore-tables':
      return `adds to \`ignore-tables\`: ${s.added.map(code).join(', ')}`;
    case 'managed-schemas':
      return `adds to \`managed-schemas\` (never checked as the project's own): ${s.added.map(code).join(', ')}`;
    case 'exposed-schemas':
      return `stops checking ${s.removed.map(code).join(', ')} for row level security (\`exposed-schemas\`)`;
    default:
      return `changes \`${s.key}\` from ${setting(s.from)} to ${setting(s.to)}`;
  }
}

function setting(value: string | undefined): string {
  return value === undefined ? 'found automatically' : code(value);
}

function ignoreLine(c: IgnoreComment, silenced: Finding[]): string {
  const scope = c.scope === 'file' ? ' for the whole file' : '';
  const what = silenced.length
    ? `silences ${silenced.slice(0, SILENCED_NAMED).map(compactTarget).join(', ')}${silenced.length > SILENCED_NAMED ? ` and ${silenced.length - SILENCED_NAMED} more` : ''}`
    : 'silences nothing yet';
  return `adds an ignore comment for ${code(c.rule)}${scope} at ${locCell(c)}${c.reason ? ` (“${text(c.reason)}”)` : ''}: ${what}`;
}
