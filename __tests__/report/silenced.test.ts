import type { Silencing } from '../../src/pull-request.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { silencedBlock } from '../../src/report/sections/silenced.js';
import type { IgnoreComment } from '../../src/types.js';
import { INIT, ORGS, analysis, finding } from './build.js';

const ignore = (rule: string, line: number, reason: string, scope: IgnoreComment['scope'] = 'next'): IgnoreComment => ({ rule, reason, file: ORGS, line, scope });

describe('what a pull request silences', () => {
  it('names every setting the head turns down, then each ignore comment it adds with what it silences', () => {
    const s: Silencing = {
      settings: [
        { key: 'rules', rule: 'missing-rls', from: 'error', to: 'off' },
        { key: 'rules', rule: 'missing-model', from: 'warning', to: 'notice' },
        { key: 'ignore-tables', added: ['public.audit_*'] },
        { key: 'exposed-schemas', removed: ['public'] },
        { key: 'managed-schemas', added: ['billing'] },
        { key: 'migrations', from: undefined, to: 'db/empty' },
      ],
      ignores: [
        { comment: ignore('missing-rls', 3, 'public data'), silenced: [finding('missing-rls', 'public.countries', { file: ORGS, line: 4 })] },
        { comment: ignore('non-idempotent-ddl', 1, '', 'file'), silenced: [] },
      ],
    };
    expect(silencedBlock(s)).toBe([
      '> ⚠️ **This pull request silences the guard**, compared with its base:',
      '>',
      '> - turns `missing-rls` off (it was error)',
      '> - lowers `missing-model` from warning to notice',
      '> - adds to `ignore-tables`: `public.audit_*`',
      '> - stops checking `public` for row level security (`exposed-schemas`)',
      "> - adds to `managed-schemas` (never checked as the project's own): `billing`",
      '> - changes `migrations` from found automatically to `db/empty`',
      `> - adds an ignore comment for \`missing-rls\` at \`${ORGS}:3\` (“public data”): silences \`public.countries\``,
      `> - adds an ignore comment for \`non-idempotent-ddl\` for the whole file at \`${ORGS}:1\`: silences nothing yet`,
    ].join('\n'));
  });

  it('says nothing when nothing is silenced, and what it could not compare', () => {
    expect(silencedBlock({ settings: [], ignores: [] })).toBeUndefined();
    expect(silencedBlock({ settings: [], ignores: [], unknown: "the base's configuration could not be read (bad YAML)" })).toBe(
      "> ℹ️ **What this pull request silences is not fully known:**\n>\n> - the configuration was not compared: the base's configuration could not be read \\(bad YAML\\)",
    );
  });

  it('keeps a reason from the repository inert, and names at most 20 ignore comments and 5 findings each', () => {
    const silenced = Array.from({ length: 7 }, (_, i) => finding('missing-rls', `public.t${i}`));
    const many = Array.from({ length: 23 }, (_, i) => ({ comment: ignore('missing-rls', i + 1, i ? 'x' : '@team see <img src=x> [a](https://e.x)'), silenced }));
    const lines = silencedBlock({ settings: [], ignores: many })!.split('\n');
    expect(lines).toHaveLength(2 + 21);
    expect(lines[2]).toBe(`> - adds an ignore comment for \`missing-rls\` at \`${ORGS}:1\` (“@\u200Bteam see &lt;img src=x&gt; \\[a\\]\\(https:\u200B//e.x\\)”): silences \`public.t0\`, \`public.t1\`, \`public.t2\`, \`public.t3\`, \`public.t4\` and 2 more`);
    expect(lines.at(-1)).toBe('> - …and 3 more ignore comments');
  });

  it('comes right after the headline, before the pull request block', () => {
    const a = analysis({ findings: [] });
    const md = renderMarkdown(a, {
      pr: { diff: { findings: [], changes: [{ file: INIT, change: 'modified' }] }, base: 'main', head: 'topic', silencing: { settings: [{ key: 'rules', rule: 'missing-rls', from: 'error', to: 'off' }], ignores: [] } },
    });
    expect(md.split('\n').slice(0, 9)).toEqual([
      '# Schema Health Report', '', '✅ **No new findings**', '',
      '> ⚠️ **This pull request silences the guard**, compared with its base:', '>', '> - turns `missing-rls` off (it was error)', '', '## This pull request',
    ]);
  });
});
