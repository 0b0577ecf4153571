import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { FINGERPRINT_KEY, MAX_SARIF_RESULTS, renderSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/types.js';
import { INIT, finding } from './build.js';

const RULES = [
  { id: 'missing-model', description: 'Table created by the migrations that no Prisma model maps', defaultSeverity: 'warning' as const },
  { id: 'missing-rls', description: 'Table in an exposed schema without row level security', defaultSeverity: 'error' as const },
];

type Json = Record<string, any>;

// The OASIS SARIF 2.1.0 schema with Errata 01, from oasis-tcs/sarif-spec sarif-2.1/schema/sarif-schema-2.1.0.json.
const { $schema: _draft04, id, ...SCHEMA } = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// The schema is written for draft-04, which Ajv does not ship; it uses only keywords draft-07 reads the same way, so
// only its header changes. Formats (uri, date-time) would need ajv-formats and are left unchecked.
const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile({ $id: id, ...SCHEMA });

/** Where the log breaks the schema, `path: message` each; empty when it is valid SARIF 2.1.0. */
function schemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const SAMPLE: Finding[] = [
  finding('missing-rls', 'public.audit_logs', { file: INIT, line: 10, message: 'No RLS.' }),
  finding('missing-model', 'public.orgs', { severity: 'warning', file: INIT, message: 'No model.' }),
  finding('missing-model', 'public.teams', { severity: 'notice', message: 'No model.' }),
];

test('a run with the driver, its rules and one result per finding', () => {
  const log = renderSarif(SAMPLE, RULES, '1.2.3') as Json;
  expect(schemaErrors(log)).toEqual([]);
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
  const log = renderSarif(many, RULES, '1');
  expect(schemaErrors(log)).toEqual([]);
  const run = (log as Json).runs[0];
  expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
  expect(run.results[0].ruleId).toBe('missing-model');
  expect(run.results.filter((r: Json) => r.level === 'warning')).toHaveLength(1);
  expect(run.invocations[0].toolExecutionNotifications[0].message.text)
    .toBe('2 of 25002 results were left out (code scanning accepts at most 25000); the least severe went first.');
});

describe('the schema check rejects what code scanning would', () => {
  const breaks: [string, (log: Json) => void, string][] = [
    ['another version', (log) => { log.version = '2.0.0'; }, '/version must be equal to one of the allowed values'],
    ['a result without a message', (log) => { delete log.runs[0].results[0].message; }, "/runs/0/results/0 must have required property 'message'"],
    ['a level SARIF does not name', (log) => { log.runs[0].results[2].level = 'notice'; }, '/runs/0/results/2/level must be equal to one of the allowed values'],
    ['a line before the first', (log) => { log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0; }, '/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1'],
    ['a driver without a name', (log) => { delete log.runs[0].tool.driver.name; }, "/runs/0/tool/driver must have required property 'name'"],
    ['a property SARIF does not define', (log) => { log.runs[0].results[0].severity = 'error'; }, '/runs/0/results/0 must NOT have additional properties'],
  ];
  test.each(breaks)('%s', (_what, breakIt, error) => {
    const log = renderSarif(SAMPLE, RULES, '1') as Json;
    breakIt(log);
    expect(schemaErrors(log)).toContain(error);
  });
});
