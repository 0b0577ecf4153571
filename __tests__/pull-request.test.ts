import { loadConfig } from '../src/config.js';
import { auditTree } from '../src/projects.js';
import { analyzePullRequest } from '../src/pull-request.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { NO_VERIFIED_FIX } from '../src/fixes/check.js';
import { RULES } from '../src/rules/index.js';
import { memorySnapshot } from './helpers/memory-snapshot.js';

const options = { knownRules: RULES.map((r) => r.id) };
const rls = (table: string) => [
  `CREATE TABLE IF NOT EXISTS public.${table} (id int PRIMARY KEY);`,
  `ALTER TABLE public.${table} ENABLE ROW LEVEL SECURITY;`,
  `DROP POLICY IF EXISTS readable ON public.${table};`,
  `CREATE POLICY readable ON public.${table} FOR SELECT TO authenticated USING (true);\n`,
].join('\n');

/** Two Supabase projects in one repository; `api` is the one whose migrations run later. */
const base = {
  'apps/api/supabase/migrations/20250301000000_orders.sql': rls('orders'),
  'apps/web/supabase/migrations/20240101000000_pages.sql': rls('pages'),
};

describe('a pull request in a monorepo is judged project by project', () => {
  test("a new migration is in order against its own project's newest, not another project's", async () => {
    const head = { ...base, 'apps/web/supabase/migrations/20240201000000_menus.sql': rls('menus') };
    const { diff } = await analyzePullRequest({ base: memorySnapshot(base), head: memorySnapshot(head) }, options);
    expect(diff.changes).toEqual([{ file: 'apps/web/supabase/migrations/20240201000000_menus.sql', change: 'added' }]);
    expect(diff.findings.filter((f) => f.status === 'new')).toEqual([]);
  });

  test("a migration older than its own project's newest is out of order", async () => {
    const head = { ...base, 'apps/api/supabase/migrations/20250201000000_refunds.sql': rls('refunds') };
    const { diff } = await analyzePullRequest({ base: memorySnapshot(base), head: memorySnapshot(head) }, options);
    expect(diff.findings.filter((f) => f.status === 'new').map((f) => [f.rule, f.file])).toEqual([
      ['migration-out-of-order', 'apps/api/supabase/migrations/20250201000000_refunds.sql'],
    ]);
  });

  test("a project the pull request removes resolves its findings and reports its migrations deleted", async () => {
    const withProblem = { ...base, 'apps/web/supabase/migrations/20240102000000_open.sql': 'CREATE TABLE IF NOT EXISTS public.open (id int);\n' };
    const head = { 'apps/api/supabase/migrations/20250301000000_orders.sql': base['apps/api/supabase/migrations/20250301000000_orders.sql'] };
    const { diff } = await analyzePullRequest({ base: memorySnapshot(withProblem), head: memorySnapshot(head) }, options);
    expect(diff.findings.map((f) => [f.status, f.rule, f.object ?? f.file])).toEqual([
      ['new', 'migration-deleted', 'apps/web/supabase/migrations/20240101000000_pages.sql'],
      ['new', 'migration-deleted', 'apps/web/supabase/migrations/20240102000000_open.sql'],
      ['resolved', 'missing-rls', 'public.open'],
    ]);
  });
});

describe("a monorepo's pull request comment describes each project with its own schema and migrations", () => {
  const DATASOURCE = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\n';
  const trees = {
    'libs/api/prisma/schema.prisma': `${DATASOURCE}model Agent {\n  id Int @id\n}\n`,
    'libs/api/prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE "Agent" ("id" INTEGER NOT NULL, CONSTRAINT "Agent_pkey" PRIMARY KEY ("id"));\n',
    'libs/ui/supabase/migrations/20240101000000_pages.sql': rls('pages'),
  };
  const headings = (md: string) => md.split('\n').filter((l) => l.startsWith('## '));

  test('one headline for the run, then each project\'s sections named by its folder', async () => {
    const head = { ...trees, 'libs/ui/supabase/migrations/20240201000000_menus.sql': rls('menus') };
    const result = await analyzePullRequest({ base: memorySnapshot(trees), head: memorySnapshot(head) }, options);
    const md = renderMarkdown(result.head, { pr: { diff: result.diff, base: 'b', head: 'h' }, tree: result.headTree });
    expect(md.split('\n')[2]).toBe('✅ **No new findings**');
    expect(md).toContain('This repository holds 2 projects, each audited on its own: `libs/api`, `libs/ui`.');
    expect(headings(md)).toEqual([
      '## This pull request',
      ...['libs/api', 'libs/ui'].flatMap((p) => ['Executive summary', 'Schema comparison', 'Index analysis', 'Row level security', 'Migration health', 'Extensions', 'Code and edge functions'].map((s) => `## ${s}: \`${p}\``)),
      '## Recommendations',
      '## Validation queries: `libs/api`', '## Validation queries: `libs/ui`',
      '## Conclusion',
    ]);
    expect(md).toContain('- **Prisma schema:** `libs/api/prisma/schema.prisma`, 1 model');
    expect(md).toContain('- **Migrations:** 2 files in `libs/ui/supabase/migrations` (Supabase CLI layout): 2 applied, 0 skipped');
    expect(md).not.toContain('could not be read');
  });
});

describe("the head's analysis goes on from the base's where the head's migrations begin with the base's", () => {
  const supabase = (name: string) => `supabase/migrations/${name}.sql`;
  const baseTree = {
    [supabase('20240101000000_accounts')]: `${rls('accounts')}CREATE TABLE public.open (id int);\nCREATE INDEX open_id ON public.open (id);\n`,
    [supabase('20240201000000_seed')]: 'INSERT INTO public.accounts (id) VALUES (1);\n',
    'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel Account {\n  id Int @id\n\n  @@map("accounts")\n}\n',
  };
  const heads = {
    'adds a migration': { ...baseTree, [supabase('20240301000000_more')]: `${rls('more')}CREATE TABLE public.loose (id int);\nALTER TABLE public.open ADD COLUMN note text;\n` },
    'edits an earlier migration': { ...baseTree, [supabase('20240101000000_accounts')]: `${rls('accounts')}CREATE TABLE IF NOT EXISTS public.open (id int);\nCREATE INDEX open_id ON public.open (id);\n` },
    'changes nothing': baseTree,
  };

  test.each(Object.entries(heads))('a pull request that %s gets the same head analysis as an audit of the head alone, every fix shown', async (_name, headTree) => {
    const head = memorySnapshot(headTree);
    const alone = await auditTree(head, loadConfig(head, options));
    const pr = await analyzePullRequest({ base: memorySnapshot(baseTree), head }, options, undefined, undefined, 'all');
    expect(pr.head).toEqual(alone.merged);
    expect(alone.merged.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['missing-model', 'missing-rls', 'non-idempotent-ddl', 'non-idempotent-data']));
    expect(alone.merged.findings.find((f) => f.rule === 'missing-model')?.fix).toContain('@@map("open")');
  });

  test.each(Object.entries(heads))('a pull request that %s, the files both trees have handed over as the same buffers (a checkout read once), gets the same head analysis as an audit of the head alone, every fix shown', async (_name, headTree) => {
    const shared = new Map<string, Buffer>();
    const once = (tree: Record<string, string | Buffer>) => Object.fromEntries(Object.entries(tree).map(([path, text]) => {
      const bytes = Buffer.from(text);
      const same = shared.get(path);
      if (same?.equals(bytes)) return [path, same];
      shared.set(path, bytes);
      return [path, bytes];
    }));
    const unreadable = { [supabase('20240115000000_latin1')]: Buffer.from("SELECT 'café';", 'latin1'), [supabase('20240120000000_bom')]: '\uFEFFCREATE TABLE IF NOT EXISTS public.marked (id int);\n' };
    const base = once({ ...baseTree, ...unreadable });
    const head = once({ ...headTree, ...unreadable });
    const alone = await auditTree(memorySnapshot({ ...headTree, ...unreadable }), loadConfig(memorySnapshot(headTree), options));
    const pr = await analyzePullRequest({ base: memorySnapshot(base), head: memorySnapshot(head) }, options, undefined, undefined, 'all');
    expect(pr.head).toEqual(alone.merged);
    expect(pr.head.findings.filter((f) => f.rule === 'unreadable-file').map((f) => f.file)).toEqual([supabase('20240115000000_latin1')]);
    expect(pr.head.catalog.tables.map((t) => t.name)).toContain('marked');
  });

  test("a pull request checks and shows its new findings' fixes; an existing finding's is left out, unsaid, unless every fix is asked for", async () => {
    const head = memorySnapshot(heads['adds a migration']);
    const alone = (await auditTree(head, loadConfig(head, options))).merged.findings;
    const listed = async (fixes?: 'all') => (await analyzePullRequest({ base: memorySnapshot(baseTree), head }, options, undefined, undefined, fixes)).diff.findings
      .filter((f) => f.status !== 'resolved').map(({ status, rule, file, line, object, message, fix }) => ({ status, rule, file, line, object, message, fix }));
    const asAudited = (f: { rule: string; file?: string; line?: number; object?: string }) => alone.find((a) => a.rule === f.rule && a.file === f.file && a.line === f.line && a.object === f.object)!;
    const shown = await listed();
    expect(shown.map((f) => [f.status, f.rule, f.object, f.fix !== undefined])).toEqual([
      ['existing', 'missing-model', 'public.open', false], ['existing', 'missing-rls', 'public.open', false],
      ['new', 'missing-model', 'public.more', true], ['new', 'missing-model', 'public.loose', true], ['new', 'missing-rls', 'public.loose', true],
      ['new', 'non-idempotent-ddl', 'public.loose', true], ['new', 'non-idempotent-ddl', 'public.open', true],
    ]);
    for (const f of shown.filter((f) => f.status === 'new')) expect([f.message, f.fix]).toEqual([asAudited(f).message, asAudited(f).fix]);
    for (const f of shown.filter((f) => f.status === 'existing')) expect([f.message, f.fix]).toEqual([asAudited(f).message.replace(` ${NO_VERIFIED_FIX}`, ''), undefined]);
    for (const f of await listed('all')) expect([f.message, f.fix]).toEqual([asAudited(f).message, asAudited(f).fix]);
  });

  test("the base shows no fix it did not check: those of a new migration or the Prisma schema are left out, a statement's are kept", async () => {
    const { base } = await analyzePullRequest({ base: memorySnapshot(baseTree), head: memorySnapshot(heads['adds a migration']) }, options);
    const fixOf = (rule: string) => base.findings.find((f) => f.rule === rule)?.fix;
    expect([fixOf('missing-rls'), fixOf('missing-model'), typeof fixOf('non-idempotent-ddl')]).toEqual([undefined, undefined, 'string']);
  });
});

describe('what a pull request silences', () => {
  test('a misspelled ignore it adds silences nothing: unused-ignore reports it, the silencing block does not name it', async () => {
    const file = 'apps/api/supabase/migrations/20250401000000_logs.sql';
    const head = { ...base, [file]: '-- schema-guardian-ingore missing-rls: internal\nCREATE TABLE IF NOT EXISTS public.logs (id int);\n-- schema-guardian-ignore non-idempotent-ddl: once\nCREATE TABLE public.runs (id int);\n' };
    const { diff, silencing } = await analyzePullRequest({ base: memorySnapshot(base), head: memorySnapshot(head) }, options);
    expect(silencing.ignores.map(({ comment }) => [comment.rule, comment.line])).toEqual([['non-idempotent-ddl', 3]]);
    expect(diff.findings.filter((f) => f.status === 'new' && f.file === file).map((f) => [f.rule, f.line]).sort()).toEqual([
      ['missing-rls', 2], ['missing-rls', 4], ['unused-ignore', 1],
    ]);
  });
});
