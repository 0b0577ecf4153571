import { diffFindings, migrationChanges } from '../src/diff.js';
import { migrationVersion } from '../src/fixes/versions.js';
import type { Analysis, Config, Finding, Layout, Snapshot } from '../src/types.js';

const config: Config = { exposedSchemas: 'auto', managedSchemas: [], ignoreTables: [], rules: {} };

function snap(files: Record<string, string>): Snapshot {
  return {
    label: 'memory',
    files: () => Object.keys(files).sort(),
    read: (path) => (path in files ? Buffer.from(files[path]) : undefined),
  };
}

function analysis(files: Record<string, string>, findings: Finding[] = [], layout: Layout = 'supabase', rules: Config['rules'] = {}): Analysis {
  return {
    root: 'memory',
    config: { ...config, rules },
    layout,
    migrationsDir: 'supabase/migrations',
    schemaFiles: [],
    prisma: null,
    migrations: Object.keys(files)
      .sort()
      .map((file) => ({ file, applied: !file.includes('skip'), statements: 1, idempotent: true, description: '' })),
    catalog: { tables: [], views: [], functions: [], extensions: [], enums: [], schemas: [] },
    exposedSchemas: ['public'],
    usesRls: true,
    findings,
    notes: [],
  };
}

const M = 'supabase/migrations/';

describe('migrationChanges', () => {
  it('classifies added, modified, deleted and renamed files; a rename is the same bytes at another path', () => {
    const base = { [`${M}1_a.sql`]: 'a', [`${M}2_b.sql`]: 'b', [`${M}3_c.sql`]: 'c', [`${M}4_d.sql`]: 'd' };
    const head = { [`${M}1_a.sql`]: 'a', [`${M}2_b.sql`]: 'b2', [`${M}5_c.sql`]: 'c', [`${M}6_e.sql`]: 'e' };
    expect(migrationChanges(analysis(base), analysis(head), snap(base), snap(head))).toEqual([
      { file: `${M}2_b.sql`, change: 'modified' },
      { file: `${M}4_d.sql`, change: 'deleted' },
      { file: `${M}5_c.sql`, change: 'renamed', from: `${M}3_c.sql` },
      { file: `${M}6_e.sql`, change: 'added' },
    ]);
  });

  it('reads line endings as git does with core.autocrlf: a checkout in CRLF changes nothing, renames nothing away', () => {
    const base = { [`${M}1_a.sql`]: 'create table a (id int);\nselect 1;\n', [`${M}2_b.sql`]: 'b;\nc;\n', [`${M}3_c.sql`]: 'select 1;\n' };
    const head = { [`${M}1_a.sql`]: 'create table a (id int);\r\nselect 1;\r\n', [`${M}2_b.sql`]: 'b;\r\nc2;\r\n', [`${M}4_c.sql`]: 'select 1;\r\n' };
    expect(migrationChanges(analysis(base), analysis(head), snap(base), snap(head))).toEqual([
      { file: `${M}2_b.sql`, change: 'modified' },
      { file: `${M}4_c.sql`, change: 'renamed', from: `${M}3_c.sql` },
    ]);
  });

  it('reports nothing when only line positions of other files change', () => {
    const files = { [`${M}1_a.sql`]: 'a' };
    expect(migrationChanges(analysis(files), analysis(files), snap(files), snap(files))).toEqual([]);
  });
});

describe('migrationVersion', () => {
  it.each([
    ['supabase/migrations/20240101120000_init.sql', 'supabase', '20240101120000'],
    ['prisma/migrations/20240101120000_init/migration.sql', 'prisma', '20240101120000_init'],
    ['db/0003_users.sql', 'plain', '0003_users.sql'],
  ] as const)('%s (%s) → %s', (file, layout, version) => {
    expect(migrationVersion(file, layout)).toBe(version);
  });
});

describe('diffFindings', () => {
  const rls = (object: string, line: number): Finding => ({ rule: 'missing-rls', severity: 'error', message: `${object} has no RLS`, file: `${M}1_a.sql`, line, object });

  it('matches catalog findings by rule and object, not by line', () => {
    const base = analysis({}, [rls('public.a', 3), rls('public.gone', 9)]);
    const head = analysis({}, [rls('public.a', 40), rls('public.b', 41)]);
    expect(diffFindings(base, head, []).findings.map((f) => [f.object, f.line, f.status])).toEqual([
      ['public.a', 40, 'existing'],
      ['public.b', 41, 'new'],
      ['public.gone', 9, 'resolved'],
    ]);
  });

  it('matches object-less findings by rule and file, following renames', () => {
    const skipped = (file: string): Finding => ({ rule: 'migration-skipped', severity: 'warning', message: 'skipped', file });
    const base = analysis({}, [skipped(`${M}skip_old.sql`), skipped(`${M}skip_x.sql`)]);
    const head = analysis({}, [skipped(`${M}skip_new.sql`), skipped(`${M}skip_y.sql`)]);
    const changes = [{ file: `${M}skip_new.sql`, change: 'renamed' as const, from: `${M}skip_old.sql` }];
    expect(diffFindings(base, head, changes).findings.map((f) => [f.file, f.status])).toEqual([
      [`${M}skip_new.sql`, 'existing'],
      [`${M}skip_y.sql`, 'new'],
      [`${M}skip_x.sql`, 'resolved'],
    ]);
  });

  it('reports statement findings only for added and modified migrations; a modified file keeps its old ones as existing', () => {
    const files = { [`${M}1_a.sql`]: 'x', [`${M}2_b.sql`]: 'x', [`${M}3_c.sql`]: 'x' };
    const ddl = (file: string, line: number, message: string): Finding => ({ rule: 'non-idempotent-ddl', severity: 'warning', message, file: `${M}${file}`, line });
    const base = analysis(files, [ddl('1_a.sql', 1, 'CREATE TABLE t'), ddl('2_b.sql', 1, 'CREATE TABLE u'), ddl('2_b.sql', 2, 'CREATE INDEX i')]);
    const head = analysis(files, [ddl('1_a.sql', 1, 'CREATE TABLE t'), ddl('2_b.sql', 5, 'CREATE TABLE u'), ddl('2_b.sql', 6, 'CREATE TYPE e'), ddl('3_c.sql', 1, 'CREATE TABLE v')]);
    const changes = [
      { file: `${M}2_b.sql`, change: 'modified' as const },
      { file: `${M}3_c.sql`, change: 'added' as const },
    ];
    expect(diffFindings(base, head, changes).findings.filter((f) => f.rule === 'non-idempotent-ddl').map((f) => [f.file, f.line, f.status])).toEqual([
      [`${M}2_b.sql`, 5, 'existing'],
      [`${M}2_b.sql`, 6, 'new'],
      [`${M}3_c.sql`, 1, 'new'],
      [`${M}2_b.sql`, 2, 'resolved'],
    ]);
  });

  it('treats unused-ignore outside a migration (the Prisma schema) as catalog-level', () => {
    const ignore: Finding = { rule: 'unused-ignore', severity: 'warning', message: 'silences nothing', file: 'prisma/schema.prisma', line: 4, object: 'User' };
    const r = diffFindings(analysis({}, [ignore]), analysis({}, [{ ...ignore, line: 8 }]), []);
    expect(r.findings.map((f) => f.status)).toEqual(['existing']);
  });

  it('raises migration-modified and migration-deleted for applied base migrations, at line 1', () => {
    const base = analysis({ [`${M}1_a.sql`]: '', [`${M}2_b.sql`]: '', [`${M}skip_me.sql`]: '' });
    const head = analysis({ [`${M}1_a.sql`]: '' });
    const changes = [
      { file: `${M}1_a.sql`, change: 'modified' as const },
      { file: `${M}2_b.sql`, change: 'deleted' as const },
      { file: `${M}skip_me.sql`, change: 'deleted' as const },
    ];
    expect(diffFindings(base, head, changes).findings).toEqual([
      {
        rule: 'migration-modified',
        severity: 'error',
        status: 'new',
        file: `${M}1_a.sql`,
        line: 1,
        message: `Migration ${M}1_a.sql already exists on the base branch and was edited; databases that applied it will never run the edit.`,
        fix: `git restore --source=origin/HEAD -- ${M}1_a.sql\n# then put the change in a new migration`,
      },
      {
        rule: 'migration-deleted',
        severity: 'error',
        status: 'new',
        file: `${M}2_b.sql`,
        line: 1,
        message: `Migration ${M}2_b.sql was deleted; databases that applied it keep its changes, and their migration history no longer matches the repository.`,
        fix: `git restore --source=origin/HEAD -- ${M}2_b.sql\n# then undo its changes in a new migration`,
      },
    ]);
  });

  it.each([
    ['supabase', `${M}20240101000000_a.sql`, `${M}20240301000000_b.sql`, `${M}20240201000000_new.sql`, '20240201000000', `git mv ${M}20240201000000_new.sql ${M}20240301000001_new.sql`],
    ['supabase', `${M}20240101000000_a.sql`, `${M}20240301000000_b.sql`, `${M}20240301000000_dup.sql`, '20240301000000', `git mv ${M}20240301000000_dup.sql ${M}20240301000001_dup.sql`],
    ['supabase', `${M}20240101000000_a.sql`, `${M}20240301000000_b.sql`, `${M}20240401000000_new.sql`, '', undefined],
    ['prisma', 'prisma/migrations/20240101_a/migration.sql', 'prisma/migrations/20240301_b/migration.sql', 'prisma/migrations/20240201_new/migration.sql', '20240201_new', 'git mv prisma/migrations/20240201_new prisma/migrations/20240302_new'],
  ] as const)('%s: adding %s after %s / %s → out of order: %s', (layout, a, b, added, version, fix) => {
    const expected = fix !== undefined;
    const base = analysis({ [a]: '', [b]: '' }, [], layout);
    const head = analysis({ [a]: '', [b]: '', [added]: '' }, [], layout);
    const found = diffFindings(base, head, [{ file: added, change: 'added' }]).findings;
    expect(found.map((f) => [f.rule, f.file, f.line, f.status])).toEqual(expected ? [['migration-out-of-order', added, 1, 'new']] : []);
    if (expected) expect(found[0].message).toContain(`(version ${version}) does not sort after ${b}`);
    if (expected) expect(found[0].fix).toBe(fix);
  });

  it('honours a severity override and off for the diff rules', () => {
    const base = analysis({ [`${M}1_a.sql`]: '', [`${M}2_b.sql`]: '' });
    const head = analysis({ [`${M}1_a.sql`]: '' }, [], 'supabase', { 'migration-modified': 'off', 'migration-deleted': 'warning' });
    const changes = [
      { file: `${M}1_a.sql`, change: 'modified' as const },
      { file: `${M}2_b.sql`, change: 'deleted' as const },
    ];
    expect(diffFindings(base, head, changes).findings.map((f) => [f.rule, f.severity])).toEqual([['migration-deleted', 'warning']]);
  });
});
