import { renderMarkdown } from '../../src/report/markdown.js';
import type { Analysis, DiffResult, DiffedFinding, Finding } from '../../src/types.js';
import { INIT, MIGRATIONS, ORGS, analysis, column, diffed, finding, migration, model, field, policy, tableInfo } from './build.js';
import { orgApp } from './fixtures.js';

const Z = '\u200B';
const headings = (md: string) => md.split('\n').filter((l) => /^#{1,3} /.test(l));
/** The text of one `## ` section, heading included. */
const section = (md: string, title: string) => {
  const start = md.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no section ${title}`);
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start + 1, end < 0 ? undefined : end);
};

describe('the full report of a small app', () => {
  const md = renderMarkdown(orgApp());

  test('has the sections of the seed report, in its order', () => {
    expect(headings(md)).toEqual([
      '# Schema Health Report',
      '## Executive summary',
      '## Schema comparison', '### Tables with a model', '### Tables without a model', '### Models without a table',
      '## Index analysis', '### Declared in Prisma', '### Created by the migrations',
      '## Row level security', '### Tables', '### Helper functions',
      '## Migration health',
      '## Extensions',
      '## Recommendations', '### High priority (errors)', '### Medium priority (warnings)', '### Low priority (notices)',
      '## Validation queries',
      '## Conclusion',
    ]);
    expect(md.startsWith('# Schema Health Report\n\n❌ **Failing**: 2 errors at or above fail-on `error` · 2 warnings, 1 notice below it\n\n## Executive summary')).toBe(true);
  });

  test('executive summary says what was compared and the verdict', () => {
    expect(section(md, 'Executive summary')).toBe(`## Executive summary

This report compares:

- **Prisma schema:** \`prisma/schema.prisma\`, 3 models
- **Migrations:** 3 files in \`supabase/migrations\` (Supabase CLI layout): 2 applied, 1 skipped
- **Exposed schemas:** \`public\`, checked for row level security
- **Built by the migrations:** 4 tables, 0 views, 2 functions, 1 extension

**Verdict:** ❌ Failing: 2 errors at or above fail-on \`error\`; 2 warnings, 1 notice below it. Each finding and its fix are under Recommendations.
`);
  });

  test('schema comparison: drift by column name, tables without a model, models without a table', () => {
    const s = section(md, 'Schema comparison');
    expect(s).toContain('2 tables with a Prisma model (1 aligned, 1 drifted), 2 tables without one, 1 model without a table.');
    expect(s).toContain(`| Table | Model | Created in | Notes |
| - | - | - | - |
| \`public.posts\` | \`Post\` | \`${INIT}:12\` | ⚠️ Drift: only in the model: \`title\`; only in the table: \`body\` |
| \`public.users\` | \`User\` | \`${INIT}:1\` | ✅ Aligned |`);
    expect(s).toContain(`| \`public.audit_logs\` | \`${ORGS}:10\` | ⚠️ Add a Prisma model (\`missing-model\`, see Recommendations) |`);
    expect(s).toContain('| `Comment` | `public.comments` | `prisma/schema.prisma:20` | ❌ No migration creates it (`missing-table`, see Recommendations) |');
  });

  test('index analysis matches Prisma indexes to catalog indexes on the same columns', () => {
    const s = section(md, 'Index analysis');
    expect(s).toContain(`| Model | Kind | Columns | In the migrations |
| - | - | - | - |
| \`User\` | id | \`id\` | ✅ \`users_pkey\` |
| \`User\` | unique | \`email\` | ✅ \`users_email_key\` |
| \`Post\` | index | \`user_id\` | ✅ \`idx_posts_user_id\` |
| \`Post\` | index | \`title\` | ❌ no index on these columns |
| \`Post\` | id | \`id\` | ✅ \`posts_pkey\` |`);
    expect(s).toContain(`| \`idx_posts_user_id\` | \`public.posts\` | \`user_id\` | no | \`${INIT}:20\` |`);
    expect(s).not.toContain('| `users_pkey` |');
  });

  test('row level security in words, and helper functions with their search_path', () => {
    const s = section(md, 'Row level security');
    expect(s).toContain(`| Table | RLS | Forced | Policies | What the policies allow |
| - | - | - | - | - |
| \`public.audit_logs\` | ❌ off | no | 0 | – |
| \`public.organizations\` | ✅ on | no | 1 | organisation membership via \`public.is_org_member()\` (read) |
| \`public.posts\` | ✅ on | yes | 2 | public read; own rows via \`auth.uid()\` (insert) |
| \`public.users\` | ✅ on | no | 1 | own rows via \`auth.uid()\` (all commands) for \`authenticated\` |`);
    expect(s).toContain(`| Function | Policies using it | Security definer | search_path | Note |
| - | - | - | - | - |
| \`auth.uid()\` | 3 | – | – | Provided by the platform |
| \`public.is_org_member(uuid)\` | 1 | yes | ❌ not set | ⚠️ Set \`search_path\`: a caller's path could redirect the names it uses |
| \`public.touch_updated_at()\` | 0 | yes | \`''\` | ✅ |`);
  });

  test('migration health and extensions', () => {
    expect(section(md, 'Migration health')).toContain(`| \`${ORGS}\` | ✅ Applied | 5 | ❌ | Organisations |
| \`${MIGRATIONS}/notes.sql\` | ⏭️ Skipped | 0 | – | – |`);
    expect(section(md, 'Extensions')).toContain(`| \`pgcrypto\` | \`extensions\` | \`${INIT}:1\` |`);
  });

  test('recommendations group findings by severity and rule, each with its fix fenced in the right language', () => {
    const s = section(md, 'Recommendations');
    expect(s).toContain(`#### \`missing-rls\`: 1 finding

Table in an exposed schema without row level security.

- \`public.audit_logs\` at \`${ORGS}:10\`: Table public.audit\\_logs is in the exposed schema public but row level security is not enabled.

  \`\`\`sql
  ALTER TABLE public.audit_logs ENABLE ROW LEVEL SECURITY;
  \`\`\``);
    expect(s).toContain(`  \`\`\`prisma
  model Organizations {
    id String @id @db.Uuid

    @@map("organizations")
  }
  \`\`\``);
  });

  test('validation queries name the tables and indexes found', () => {
    const s = section(md, 'Validation queries');
    expect(s).toContain(`  ('public.audit_logs', false, false),
  ('public.organizations', true, false),
  ('public.posts', true, true),
  ('public.users', true, false)
) as e(name, rls, force_rls)
left join pg_class c on c.oid = to_regclass(e.name)`);
    expect(s).toContain("  ('public', 'posts', 2),");
    expect(s).toContain("  ('public', 'users', 'users_email_key')\n) as e(schemaname, tablename, indexname)");
  });
});

test('the marker is the first line', () => {
  expect(renderMarkdown(orgApp(), { marker: '<!-- schema-guardian:. -->' }).split('\n')[0]).toBe('<!-- schema-guardian:. -->');
});

test('identifiers PostgreSQL needs quoted are quoted in the validation queries', () => {
  const md = renderMarkdown(analysis({
    exposedSchemas: ['public', 'App'],
    catalog: { tables: [tableInfo('Order', { schema: 'App' }), tableInfo("it's", { rls: true }), tableInfo('user')], views: [], functions: [], extensions: [], enums: [], schemas: [] },
  }));
  expect(section(md, 'Validation queries')).toContain(`  ('"App"."Order"', false, false),
  ('public."it''s"', true, false),
  ('public."user"', false, false)`);
  expect(section(md, 'Validation queries')).toContain("  ('public', 'it''s', 0),");
});

describe('in a pull request', () => {
  const a = orgApp();
  const [rls, orgModel, auditModel, table, notice] = a.findings;
  const diff: DiffResult = {
    findings: [
      diffed(rls!, 'new'), diffed(notice!, 'new'), diffed(orgModel!, 'existing'), diffed(auditModel!, 'existing'), diffed(table!, 'existing'),
      diffed(finding('missing-rls', 'public.old', { file: INIT, line: 4, message: 'Table public.old has no RLS.' }), 'resolved'),
    ],
    changes: [{ file: ORGS, change: 'added' }, { file: `${MIGRATIONS}/20240301000000_b.sql`, change: 'renamed', from: `${MIGRATIONS}/b.sql` }],
  };
  const md = renderMarkdown(a, { pr: { diff, base: 'a'.repeat(40), head: 'b'.repeat(40) } });

  test('comes first, with new findings, their fixes, resolved findings and changed migrations', () => {
    expect(headings(md).slice(0, 6)).toEqual(['# Schema Health Report', '## This pull request', '### New findings', '### Resolved findings', '### Migration files changed', '## Executive summary']);
    expect(section(md, 'This pull request')).toBe(`## This pull request

Compared \`bbbbbbb\` with its base \`aaaaaaa\`: 2 new findings (1 error, 0 warnings, 1 notice), 1 resolved finding, 2 migration files changed.

### New findings

| # | Severity | Rule | Object | Where | What |
| - | - | - | - | - | - |
| 1 | ❌ error | \`missing-rls\` | \`public.audit_logs\` | \`${ORGS}:10\` | Table public.audit\\_logs is in the exposed schema public but row level security is not enabled. |
| 2 | ℹ️ notice | \`non-idempotent-ddl\` | \`public.organizations\` | \`${ORGS}:3\` | CREATE TABLE fails when the file runs again. |

**How to fix the new findings**

- **1.** \`missing-rls\` on \`public.audit_logs\`:

  \`\`\`sql
  ALTER TABLE public.audit_logs ENABLE ROW LEVEL SECURITY;
  \`\`\`

- **2.** \`non-idempotent-ddl\` on \`public.organizations\`:

  \`\`\`sql
  CREATE TABLE IF NOT EXISTS public.organizations (id uuid primary key);
  \`\`\`

### Resolved findings

| Rule | Object | Where | What |
| - | - | - | - |
| \`missing-rls\` | \`public.old\` | \`${INIT}:4\` | Table public.old has no RLS. |

### Migration files changed

| Migration | Change |
| - | - |
| \`${ORGS}\` | added |
| \`${MIGRATIONS}/20240301000000_b.sql\` | renamed from \`${MIGRATIONS}/b.sql\` |
`);
  });

  test.each([
    ['its new findings', 'new', '_The 3 existing findings are listed without their fixes: a pull request checks and shows the fixes of the findings it adds. A full audit (`npx schema-guardian audit .`) shows every finding\'s._'],
    ['every finding', 'all', undefined],
    ['every finding (the default)', undefined, undefined],
  ] as const)('a pull request that showed the fixes of %s says under Recommendations whether the existing ones are listed without theirs', (_whose, fixes, note) => {
    const lines = section(renderMarkdown(a, { pr: { diff, base: 'main', head: 'topic', fixes } }), 'Recommendations').split('\n');
    expect(lines.slice(0, 4)).toEqual(['## Recommendations', '', ...(note ? [note, ''] : ['### High priority (errors)', ''])]);
  });

  test('the headline judges the new findings and counts the existing ones apart; recommendations mark the new ones', () => {
    expect(md.split('\n')[2]).toBe('❌ **Failing**: 1 new error at or above fail-on `error` · 1 new notice below it · 1 error, 2 warnings already on the base branch');
    expect(section(md, 'Recommendations')).toContain(`- 🆕 \`public.audit_logs\` at \`${ORGS}:10\``);
    expect(section(md, 'Recommendations')).toContain(`- \`Comment\` at \`prisma/schema.prisma:20\``);
  });
});

test('a project without Prisma or exposed schemas says what it could not compare', () => {
  const md = renderMarkdown(analysis({ prisma: null, schemaFiles: [], exposedSchemas: [], usesRls: false, catalog: { tables: [tableInfo('t')], views: [], functions: [], extensions: [], enums: [], schemas: [] } }));
  expect(section(md, 'Schema comparison')).toBe('## Schema comparison\n\nNo Prisma schema was found, so no table is compared with a model. The migrations create 1 table.\n');
  expect(section(md, 'Row level security')).toBe('## Row level security\n\nNo schema is exposed through the API (the migrations do not use row level security), so no table is checked.\n');
  expect(md).toContain('- **Prisma schema:** none found');
  expect(md.split('\n')[2]).toBe('✅ **Healthy**: no findings');
  expect(section(md, 'Executive summary')).toContain('**Verdict:** ✅ Healthy: no findings.\n');
  expect(section(md, 'Recommendations')).toContain('Nothing to fix: no findings.');
});

test('long tables fold into details', () => {
  const files = Array.from({ length: 11 }, (_, i) => migration(`${MIGRATIONS}/2024010100000${i}_m.sql`));
  const md = renderMarkdown(analysis({ migrations: files }));
  expect(section(md, 'Migration health')).toContain('<details><summary>11 migration files</summary>\n\n| Migration | Status |');
  expect(renderMarkdown(analysis({ migrations: files.slice(1) }))).not.toContain('<details>');
});

describe('hostile names from the repository', () => {
  const name = 'x|y`, <img src=x>, @everyone';
  const file = `${MIGRATIONS}/1_<b>@team|#12.sql`;
  const hostile: Analysis = analysis({
    migrations: [migration(file, { description: 'see [docs](https://evil.example) @octocat #7 <script>' })],
    catalog: {
      tables: [tableInfo(name, { createdAt: { file, line: 2 }, rls: true, policies: [policy('p', 'own-rows', { roles: [`@admins`], helpers: ['auth.uid'] })] })],
      views: [], functions: [], extensions: [], enums: [], schemas: [],
    },
    findings: [finding('missing-model', `public.${name}`, { file, line: 2, message: `Table public.${name} has no model; see [x](https://evil.example) #123`, fix: `model X {\n  a String\n}\n\`\`\`\n<img src=x>` })],
  });
  const md = renderMarkdown(hostile, { pr: { diff: { findings: hostile.findings.map((f): DiffedFinding => ({ ...f, status: 'new' })), changes: [{ file, change: 'added' }] }, base: 'main', head: 'topic' } });
  /** What GitHub interprets as Markdown / HTML: everything outside code spans and fenced blocks. */
  const prose = md
    .replace(/^ *(`{3,})[^\n]*\n[\s\S]*?\n *\1$/gm, '')
    .replace(/(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g, '');

  test('names stay whole in code spans', () => {
    expect(md).toContain('| ``public.x\\|y`, <img src=x>, @everyone`` | ✅ on | no | 1 | own rows via `auth.uid()` (all commands) for `@admins` |');
    expect(md).toContain('- **1.** `missing-model` on ``public.x|y`, <img src=x>, @everyone``:');
  });

  test('outside code nothing opens HTML, a link, a mention or a reference', () => {
    expect(prose).not.toMatch(/<(?!\/?(details|summary)>|!--)/);
    expect(prose).not.toMatch(/\]\(/);
    expect(prose).not.toMatch(/https?:\/\//);
    expect(prose).not.toMatch(/@(?!\u200B)\w/);
    expect(prose).not.toMatch(/#(?!\u200B)\d/);
    expect(md).toContain(`see \\[docs\\]\\(https:${Z}//evil.example\\) @${Z}octocat #${Z}7 &lt;script&gt;`);
  });

  test('every table row keeps its columns', () => {
    const unescapedPipes = (line: string) => (line.match(/(?<!\\)(?:\\\\)*\|/g) ?? []).length;
    const tables = md.split('\n\n').filter((b) => b.startsWith('| '));
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) {
      const [head, ...rows] = t.split('\n');
      for (const row of rows) expect(unescapedPipes(row)).toBe(unescapedPipes(head!));
    }
  });

  test('a fix holding a fence cannot close the block around it', () => {
    expect(md).toContain('  ````prisma\n  model X {\n    a String\n  }\n  ```\n  <img src=x>\n  ````');
  });
});

describe('the size cap', () => {
  test('drops the least important detail first and says where the full report is', () => {
    const full = renderMarkdown(orgApp());
    const md = renderMarkdown(orgApp(), { maxLength: full.length - 1, fullReportHint: 'the job summary' });
    expect(md.length).toBeLessThanOrEqual(full.length - 1);
    expect(md).toContain(`> ℹ️ This report was shortened to fit ${(full.length - 1).toLocaleString('en-US')} characters. Left out: the details of validation queries. The full report is in the job summary.`);
    expect(section(md, 'Validation queries')).toBe('## Validation queries\n\nQueries that compare the live database with the migrations: row level security and policy counts for 4 tables, 4 indexes.\n\n_Details left out to fit the size limit; the full report is in the job summary._\n');
    expect(section(md, 'Index analysis')).toBe(section(full, 'Index analysis'));
  });

  /** 5,000 tables, one finding each: the first `errors` are missing-rls errors, of which `newErrors` are new in the PR. */
  function thousands(errors: number, newErrors: number) {
    const tables = Array.from({ length: 5000 }, (_, i) => tableInfo(`table_with_a_fairly_long_name_${String(i).padStart(4, '0')}`, {
      columns: [column('id', 'uuid', { notNull: true }), column('owner_id', 'uuid')], primaryKey: ['id'], rls: i % 2 === 0,
      policies: [policy('own', 'own-rows', { helpers: ['auth.uid'] })],
    }));
    const findings = tables.map((t, i) => finding(i < errors ? 'missing-rls' : 'missing-model', `public.${t.name}`, {
      severity: i < errors ? 'error' : 'warning', file: INIT, line: i + 1,
      message: `Table public.${t.name} needs attention: a message long enough to matter when there are thousands of them.`,
      fix: `ALTER TABLE public.${t.name} ENABLE ROW LEVEL SECURITY;\n-- and a policy`,
    }));
    const a = analysis({
      migrations: Array.from({ length: 300 }, (_, i) => migration(`${MIGRATIONS}/${String(i).padStart(14, '0')}_step.sql`, { description: 'A step' })),
      catalog: { tables, views: [], functions: [], extensions: [], enums: [], schemas: ['public'] },
      prisma: { files: ['prisma/schema.prisma'], enums: [], errors: [], models: [model('User', 'users', [field('id', 'String')])] },
      findings,
    });
    const diff: DiffResult = {
      findings: findings.map((f, i): DiffedFinding => ({ ...f, status: i < newErrors || (i >= errors && i < errors + 10) ? 'new' : 'existing' })),
      changes: [{ file: INIT, change: 'modified' }],
    };
    const md = renderMarkdown(a, { pr: { diff, base: 'main', head: 'topic' }, maxLength: 65_536, fullReportHint: 'the job summary', marker: '<!-- sg -->' });
    return { md, newErrors: diff.findings.filter((f) => f.status === 'new' && f.severity === 'error') };
  }

  test('5,000 findings fit a comment: the existing ones give way, the new ones keep their table and fixes', () => {
    const { md, newErrors } = thousands(60, 40);
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md.split('\n')[0]).toBe('<!-- sg -->');
    const pr = section(md, 'This pull request');
    expect(pr).toContain('50 new findings (40 errors, 10 warnings, 0 notices)');
    for (const [i, f] of newErrors.entries()) expect(pr).toContain(`| ${i + 1} | ❌ error | \`missing-rls\` | \`${f.object}\` |`);
    expect(md).toMatch(/> ℹ️ This report was shortened to fit 65,536 characters\. Left out: the details of validation queries, index analysis, code and edge functions, migration health, extensions, schema comparison, row level security; the fixes under Recommendations; \d+ of 5000 findings under Recommendations\. The full report is in the job summary\./);
    expect(section(md, 'Recommendations')).toMatch(/- …and \d+ more: They are left out to fit the size limit; the full report is in the job summary\./);
  });

  test('5,000 findings with 600 new errors: one line per rule still names every new error', () => {
    const { md, newErrors } = thousands(700, 600);
    expect(md.length).toBeLessThanOrEqual(65_536);
    const pr = section(md, 'This pull request');
    expect(pr).toContain(`### New findings\n\n- ❌ \`missing-rls\` (600): ${newErrors.map((f) => `\`${f.object}\``).join(', ')}\n- ⚠️ \`missing-model\` (10): `);
    expect(md).toContain('Left out: the details of validation queries, index analysis, code and edge functions, migration health, extensions, schema comparison, row level security; the fixes under Recommendations; ');
    expect(md).toMatch(/ \d+ of 5000 findings under Recommendations; the messages and fixes of the new findings\. The full/);
  });

  test('when even one line per error is too long, the errors named last give way and the count says how many', () => {
    const { md } = thousands(4990, 3000);
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(section(md, 'This pull request')).toMatch(/- ❌ `missing-rls` \(3000\): `public\.table_with_a_fairly_long_name_0000`, .*, and \d+ more\n- ⚠️ `missing-model` \(10\)\n/);
    expect(md).toMatch(/the objects of \d+ new errors\./);
  });
});

test('a fix that is a command is fenced as shell', () => {
  const md = renderMarkdown(analysis({ findings: [{ rule: 'migration-skipped', severity: 'warning', file: `${MIGRATIONS}/2025-11-05_x.sql`, line: 1, message: 'Never applied.', fix: `git mv ${MIGRATIONS}/2025-11-05_x.sql ${MIGRATIONS}/20251105000000_x.sql` }] }));
  expect(section(md, 'Recommendations')).toContain(`- \`${MIGRATIONS}/2025-11-05_x.sql:1\`: Never applied.\n\n  \`\`\`sh\n  git mv `);
});

describe('Prisma Migrate histories: re-run failures listed per migration, not per statement', () => {
  const prismaFile = 'prisma/migrations/20240101000000_init/migration.sql';
  const rerun = (line: number, object: string): Finding => ({
    rule: 'non-idempotent-ddl', severity: 'warning', file: prismaFile, line, object,
    message: `Fails when the migration runs again: relation "${object}" already exists.`, fix: `CREATE TABLE IF NOT EXISTS ${object} ();`,
  });
  const report = (findings: Finding[]) => section(renderMarkdown({ ...orgApp(), findings }), 'Recommendations');

  test('several statements of one migration: one entry with their lines and the first message, no per-statement fixes', () => {
    const s = report([rerun(3, 'public.a'), rerun(9, 'public.b'), rerun(15, 'public.c')]);
    expect(s).toContain('#### `non-idempotent-ddl`: 3 findings');
    expect(s).toContain('- `prisma/migrations/20240101000000_init/migration.sql`: 3 statements fail when the migration runs again (lines 3, 9, 15); the first: Fails when the migration runs again: relation "public.a" already exists. Each statement\'s fix is in the JSON and SARIF reports.');
    expect(s).not.toContain('CREATE TABLE IF NOT EXISTS public.b');
  });

  test('one statement, or a Supabase migration: listed as before, with its fix', () => {
    const s = report([rerun(3, 'public.a'), { ...rerun(4, 'public.d'), file: 'supabase/migrations/20240101000000_a.sql' }, { ...rerun(5, 'public.e'), file: 'supabase/migrations/20240101000000_a.sql' }]);
    expect(s).toContain('CREATE TABLE IF NOT EXISTS public.a ();');
    expect(s).toContain('CREATE TABLE IF NOT EXISTS public.d ();');
    expect(s).toContain('CREATE TABLE IF NOT EXISTS public.e ();');
  });
});
