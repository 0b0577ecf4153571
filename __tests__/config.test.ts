import { DEFAULT_MANAGED_SCHEMAS, failingFindings, judge, loadConfig, matchesTableGlob } from '../src/config.js';
import { closestMatch } from '../src/spelling.js';
import { UsageError } from '../src/errors.js';
import type { Snapshot } from '../src/types.js';

function tree(files: Record<string, string | Buffer>): Snapshot {
  return {
    label: 'memory',
    files: () => Object.keys(files).sort(),
    read: (path) => (path in files ? Buffer.from(files[path]!) : undefined),
  };
}

const withFile = (text: string) => tree({ '.schema-guardian.yml': text });
const knownRules = ['missing-rls', 'missing-table', 'non-idempotent-ddl'];

describe('loadConfig', () => {
  it('gives the defaults when there is no config file', () => {
    expect(loadConfig(tree({}))).toEqual({ exposedSchemas: 'auto', managedSchemas: [...DEFAULT_MANAGED_SCHEMAS], ignoreTables: [], rules: {} });
  });

  it('reads every key of .schema-guardian.yml', () => {
    const text = [
      'schema: db/schema.prisma',
      'migrations: db/migrations',
      'layout: plain',
      'exposed-schemas: [public, api]',
      'managed-schemas: [partman, auth]',
      'ignore-tables:',
      '  - public.audit_*',
      '  - spatial_ref_sys',
      'rules:',
      '  missing-rls: warning',
      '  non-idempotent-ddl: off',
    ].join('\n');
    expect(loadConfig(withFile(text), { knownRules })).toEqual({
      schema: 'db/schema.prisma',
      migrations: 'db/migrations',
      layout: 'plain',
      exposedSchemas: ['public', 'api'],
      managedSchemas: [...DEFAULT_MANAGED_SCHEMAS, 'partman'],
      ignoreTables: ['public.audit_*', 'spatial_ref_sys'],
      rules: { 'missing-rls': 'warning', 'non-idempotent-ddl': 'off' },
    });
  });

  it.each([
    ['.schema-guardian.yaml at the root', { '.schema-guardian.yaml': 'layout: prisma' }, undefined, 'prisma'],
    ['the .yml file before the .yaml one', { '.schema-guardian.yml': 'layout: plain', '.schema-guardian.yaml': 'layout: prisma' }, undefined, 'plain'],
    ['an explicit path', { 'config/guardian.yml': 'layout: supabase', '.schema-guardian.yml': 'layout: plain' }, './config/guardian.yml', 'supabase'],
  ])('finds %s', (_, files, configPath, layout) => {
    expect(loadConfig(tree(files), { configPath }).layout).toBe(layout);
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing yet\n'],
    ['keys with no value', 'schema:\nrules:\n'],
  ])('treats %s as unset', (_, text) => {
    expect(loadConfig(withFile(text))).toEqual(loadConfig(tree({})));
  });

  it('lets overrides win over the file, adding managed schemas and merging rules', () => {
    const file = withFile('schema: a.prisma\nlayout: plain\nexposed-schemas: [api]\nmanaged-schemas: [one]\nrules:\n  missing-rls: warning\n  missing-table: notice\n');
    const config = loadConfig(file, {
      overrides: { schema: 'b.prisma', layout: undefined, exposedSchemas: 'auto', managedSchemas: ['two'], rules: { 'missing-rls': 'error' } },
    });
    expect(config).toEqual({
      schema: 'b.prisma',
      layout: 'plain',
      exposedSchemas: 'auto',
      managedSchemas: [...DEFAULT_MANAGED_SCHEMAS, 'one', 'two'],
      ignoreTables: [],
      rules: { 'missing-rls': 'error', 'missing-table': 'notice' },
    });
  });

  it.each([
    ['an unknown key, with the closest known one', 'schema: x\nexposed-schema: [public]\n', '.schema-guardian.yml:2: unknown key "exposed-schema"; did you mean "exposed-schemas"?'],
    ['a camelCase key', 'ignoreTables: [x]\n', '.schema-guardian.yml:1: unknown key "ignoreTables"; did you mean "ignore-tables"?'],
    ['an unknown key like no other', 'colour: blue\n', '.schema-guardian.yml:1: unknown key "colour"; known keys: schema, migrations, layout, exposed-schemas, managed-schemas, ignore-tables, rules.'],
    ['a layout not known', 'layout: flyway\n', '.schema-guardian.yml:1: layout must be one of supabase, prisma, plain; got "flyway".'],
    ['a list where a path goes', 'schema: [a, b]\n', '.schema-guardian.yml:1: schema must be a path to a .prisma file or folder.'],
    ['a number in a list of schemas', 'exposed-schemas:\n  - public\n  - 42\n', '.schema-guardian.yml:3: exposed-schemas must be auto or a list of schema names; got "42".'],
    ['a word other than auto', 'exposed-schemas: public\n', '.schema-guardian.yml:1: exposed-schemas must be auto or a list of schema names.'],
    ['a glob with two dots', 'ignore-tables: [a.b.c]\n', '.schema-guardian.yml:1: ignore-tables must be a list of table globs (`schema.table` or `table`, `*` for any characters); got "a.b.c".'],
    ['rules as a list', 'rules: [missing-rls]\n', '.schema-guardian.yml:1: rules must be a map of rule id to off, notice, warning, error.'],
    ['an unknown severity', 'rules:\n  missing-rls: warn\n', '.schema-guardian.yml:2: rules.missing-rls: unknown severity "warn"; expected off, notice, warning, error (did you mean "warning"?).'],
    ['a boolean severity', 'rules:\n  missing-rls: true\n', '.schema-guardian.yml:2: rules.missing-rls: unknown severity "true"; expected off, notice, warning, error.'],
    ['an unknown rule', 'rules:\n  missing-rsl: error\n', '.schema-guardian.yml:2: rules: unknown rule "missing-rsl"; did you mean "missing-rls"?'],
    ['an unknown rule like no other', 'rules:\n  everything: off\n', '.schema-guardian.yml:2: rules: unknown rule "everything"; known rules: missing-rls, missing-table, non-idempotent-ddl.'],
    ['invalid YAML', 'schema: a\nrules: [\n', '.schema-guardian.yml:3: invalid YAML:'],
    ['a duplicated key', 'schema: a\nschema: b\n', '.schema-guardian.yml:2: invalid YAML: Map keys must be unique'],
    ['a file that is not a map', '- schema\n', '.schema-guardian.yml:1: the config must be a map of settings (schema, migrations, layout, exposed-schemas, managed-schemas, ignore-tables, rules).'],
  ])('rejects %s', (_, text, message) => {
    const run = () => loadConfig(withFile(text), { knownRules });
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  });

  it('rejects a config path that does not exist', () => {
    expect(() => loadConfig(tree({}), { configPath: 'ci/guardian.yml' })).toThrow(new UsageError('Config file ci/guardian.yml does not exist in memory.'));
  });

  it('rejects a config file that is not text', () => {
    expect(() => loadConfig(tree({ '.schema-guardian.yml': Buffer.from([0x61, 0, 0x62]) }))).toThrow(new UsageError('Config file .schema-guardian.yml: binary file.'));
  });
});

describe('failingFindings', () => {
  const findings = [{ severity: 'notice' as const, rule: 'n' }, { severity: 'error' as const, rule: 'e' }, { severity: 'warning' as const, rule: 'w' }];
  it.each([
    ['error', ['e']],
    ['warning', ['e', 'w']],
    ['notice', ['n', 'e', 'w']],
    ['never', []],
  ] as const)('fail-on %s fails on %j', (failOn, rules) => {
    expect(failingFindings(findings, failOn).map((f) => f.rule)).toEqual(rules);
  });
});

describe('judge', () => {
  const findings = [
    { rule: 'new-error', severity: 'error' as const, status: 'new' as const },
    { rule: 'new-notice', severity: 'notice' as const, status: 'new' as const },
    { rule: 'old-error', severity: 'error' as const, status: 'existing' as const },
    { rule: 'gone', severity: 'error' as const, status: 'resolved' as const },
  ];
  const rules = (fs: { rule: string }[]) => fs.map((f) => f.rule);
  it.each([
    ['error', false, ['new-error', 'new-notice'], ['new-error'], ['old-error']],
    ['error', true, ['new-error', 'new-notice', 'old-error'], ['new-error', 'old-error'], []],
    ['notice', false, ['new-error', 'new-notice'], ['new-error', 'new-notice'], ['old-error']],
    ['never', true, ['new-error', 'new-notice', 'old-error'], [], []],
  ] as const)('fail-on %s, fail-on-existing %s: counts %j, fails on %j, leaves out %j', (failOn, failOnExisting, counted, failing, uncounted) => {
    const j = judge(findings, { failOn, failOnExisting });
    expect([rules(j.counted), rules(j.failing), rules(j.uncounted)]).toEqual([counted, failing, uncounted]);
  });

  it('counts every finding of an audit (no status)', () => {
    expect(rules(judge([{ rule: 'a', severity: 'warning' }], { failOn: 'warning', failOnExisting: false }).failing)).toEqual(['a']);
  });
});

describe('matchesTableGlob', () => {
  it.each([
    ['public.audit_*', 'public', 'audit_log', true],
    ['public.audit_*', 'public', 'audit_', true],
    ['public.audit_*', 'private', 'audit_log', false],
    ['public.audit_*', 'public', 'my_audit_log', false],
    ['spatial_ref_sys', 'public', 'spatial_ref_sys', true],
    ['spatial_ref_sys', 'gis', 'spatial_ref_sys', true],
    ['spatial_ref_sys', 'public', 'spatial_ref_sys2', false],
    ['*.tmp_*', 'staging', 'tmp_rows', true],
    ['Public.Users', 'public', 'users', false],
    ['a+b', 'public', 'a+b', true],
    ['a+b', 'public', 'aab', false],
  ])('%s against %s.%s → %s', (glob, schema, name, expected) => {
    expect(matchesTableGlob(glob, schema, name)).toBe(expected);
  });
});

describe('closestMatch', () => {
  it.each([
    ['exposed_schemas', ['schema', 'exposed-schemas'], 'exposed-schemas'],
    ['rule', ['rules', 'layout'], 'rules'],
    ['misisng-rls', ['missing-rls', 'missing-table'], 'missing-rls'],
    ['warn', ['off', 'notice', 'warning', 'error'], 'warning'],
    ['missing', ['missing-rls', 'missing-table'], undefined],
    ['completely-different', ['missing-rls'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(closestMatch(word, candidates)).toBe(expected);
  });
});
