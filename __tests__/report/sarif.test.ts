import { FINGERPRINT_KEY, MAX_SARIF_RESULTS, renderSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/types.js';
import { INIT, finding } from './build.js';

const RULES = [
  { id: 'missing-model', description: 'Table created by the migrations that no Prisma model maps', defaultSeverity: 'warning' as const },
  { id: 'missing-rls', description: 'Table in an exposed schema without row level security', defaultSeverity: 'error' as const },
];

type Json = Record<string, any>;

/** The properties SARIF 2.1.0 requires (and those code scanning reads), checked one by one. */
function expectValidSarif(log: Json): void {
  expect(log.version).toBe('2.1.0');
  expect(typeof log.$schema).toBe('string');
  expect(Array.isArray(log.runs)).toBe(true);
  for (const run of log.runs) {
    expect(typeof run.tool.driver.name).toBe('string');
    for (const rule of run.tool.driver.rules) {
      expect(typeof rule.id).toBe('string');
      expect(typeof rule.shortDescription.text).toBe('string');
      expect(typeof rule.help.text).toBe('string');
    }
    for (const r of run.results) {
      expect(typeof r.message.text).toBe('string');
      expect(['error', 'warning', 'note', 'none']).toContain(r.level);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      for (const loc of r.locations) {
        if (loc.physicalLocation) {
          expect(typeof loc.physicalLocation.artifactLocation.uri).toBe('string');
          if (loc.physicalLocation.region) expect(loc.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
        } else expect(typeof loc.logicalLocations[0].fullyQualifiedName).toBe('string');
      }
    }
  }
}

test('a run with the driver, its rules and one result per finding', () => {
  const findings: Finding[] = [
    finding('missing-rls', 'public.audit_logs', { file: INIT, line: 10, message: 'No RLS.' }),
    finding('missing-model', 'public.orgs', { severity: 'warning', file: INIT, message: 'No model.' }),
    finding('missing-model', 'public.teams', { severity: 'notice', message: 'No model.' }),
  ];
  const log = renderSarif(findings, RULES, '1.2.3') as Json;
  expectValidSarif(log);
  expect(log.runs[0].tool.driver).toEqual({
    name: 'schema-guardian', version: '1.2.3', informationUri: 'https://github.com/schema-guardian/schema-guardian',
    rules: [
      {
        id: 'missing-model', shortDescription: { text: 'Table created by the migrations that no Prisma model maps' },
        help: { text: 'Table created by the migrations that no Prisma model maps. See docs/rules/missing-model.md for examples and the fix.' },
        helpUri: 'https://github.com/schema-guardian/schema-guardian/blob/main/docs/rules/missing-model.md',
        defaultConfiguration: { level: 'warning' },
      },
      {
        id: 'missing-rls', shortDescription: { text: 'Table in an exposed schema without row level security' },
        help: { text: 'Table in an exposed schema without row level security. See docs/rules/missing-rls.md for examples and the fix.' },
        helpUri: 'https://github.com/schema-guardian/schema-guardian/blob/main/docs/rules/missing-rls.md',
        defaultConfiguration: { level: 'error' },
      },
    ],
  });
  const [rls, orgs, teams] = log.runs[0].results;
  expect(rls).toMatchObject({ ruleId: 'missing-rls', ruleIndex: 1, level: 'error', message: { text: 'No RLS.' },
    locations: [{ physicalLocation: { artifactLocation: { uri: INIT }, region: { startLine: 10 } } }] });
  expect(orgs.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: INIT } } }]);
  expect(orgs.level).toBe('warning');
  expect(teams.locations).toEqual([{ logicalLocations: [{ fullyQualifiedName: 'public.teams' }] }]);
  expect(teams.level).toBe('note');
  expect(log.runs[0].invocations).toBeUndefined();
});

test('fingerprints follow rule, object and file, not the line, and keep two findings of one place apart', () => {
  const at = (line: number, object = 'public.t') => finding('missing-rls', object, { file: INIT, line });
  const fp = (fs: Finding[]) => (renderSarif(fs, RULES, '1') as Json).runs[0].results.map((r: Json) => r.partialFingerprints[FINGERPRINT_KEY]);
  const [moved] = fp([at(40)]);
  expect(fp([at(3)])).toEqual([moved]);
  expect(moved).toMatch(/^[0-9a-f]{64}$/);
  expect(fp([at(3, 'public.u')])[0]).not.toBe(moved);
  expect(fp([at(3), at(9)])).toEqual([moved, `${moved}:2`]);
});

test('past 25,000 results the least severe are left out, in their original order, and the run says so', () => {
  const many = Array.from({ length: MAX_SARIF_RESULTS + 2 }, (_, i) =>
    finding(i < 3 ? 'missing-model' : 'missing-rls', `public.t${i}`, { severity: i < 3 ? 'warning' : 'error', file: INIT, line: i + 1 }));
  const run = (renderSarif(many, RULES, '1') as Json).runs[0];
  expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
  expect(run.results[0].ruleId).toBe('missing-model');
  expect(run.results.filter((r: Json) => r.level === 'warning')).toHaveLength(1);
  expect(run.invocations[0].toolExecutionNotifications[0].message.text)
    .toBe('2 of 25002 results were left out (code scanning accepts at most 25000); the least severe went first.');
});
