import { groupByRule, sortFindings } from '../../src/report/format.js';
import { codeSection } from '../../src/report/sections/code.js';
import { conclusionSection } from '../../src/report/sections/conclusion.js';
import { RULES } from '../../src/rules/index.js';
import type { CodeFacts } from '../../src/sources/code.js';
import type { Finding } from '../../src/types.js';

const finding = (rule: string, severity: Finding['severity'], object: string): Finding => ({ rule, severity, object, message: '…' });

describe('code and edge functions: what the code uses, marked from the findings', () => {
  const facts: CodeFacts = {
    files: 3,
    unparsed: [],
    references: [
      { kind: 'table', schema: undefined, name: 'patterns', file: 'supabase/functions/analyze/index.ts', line: 9 },
      { kind: 'table', schema: undefined, name: 'trust_audit_entries', file: 'src/lib/audit.ts', line: 5 },
      { kind: 'table', schema: undefined, name: 'patterns', file: 'src/lib/audit.ts', line: 12 },
      { kind: 'function', schema: undefined, name: 'upsert_pattern', file: 'supabase/functions/analyze/index.ts', line: 8 },
    ],
    edgeFunctions: [{
      name: 'analyze', file: 'supabase/functions/analyze/index.ts', envExamples: ['supabase/functions/.env.example'], declared: ['OPENAI_API_KEY'],
      envReads: [
        { name: 'SUPABASE_URL', file: 'supabase/functions/analyze/index.ts', line: 4 },
        { name: 'OPENAI_API_KEY', file: 'supabase/functions/analyze/index.ts', line: 12 },
        { name: 'SAMPLE_RATE', file: 'supabase/functions/analyze/index.ts', line: 5 },
      ],
      references: [
        { kind: 'function', schema: undefined, name: 'upsert_pattern', file: 'supabase/functions/analyze/index.ts', line: 8 },
        { kind: 'table', schema: undefined, name: 'patterns', file: 'supabase/functions/analyze/index.ts', line: 9 },
      ],
    }],
  };
  const current = [finding('unknown-table-reference', 'warning', 'public.trust_audit_entries'), finding('edge-function-secret-undeclared', 'notice', 'analyze:SAMPLE_RATE')];

  test('in full: the summary, each table and function with whether a migration creates it, each edge function', () => {
    expect(codeSection(facts, groupByRule(current)).full).toBe([
      '3 code files read: 2 tables and views queried (1 not created by the migrations), 1 function called with rpc (all created by the migrations).',
      '### What the code uses',
      '| Kind | Used | Created by the migrations |\n| - | - | - |\n'
        + '| table or view | `public.patterns` | ✅ yes |\n| table or view | `public.trust_audit_entries` | ❌ no |\n| function | `public.upsert_pattern` | ✅ yes |',
      '### Edge functions',
      '| Function | Environment variables | Uses |\n| - | - | - |\n'
        + '| `analyze` | `SUPABASE_URL` (platform), `OPENAI_API_KEY` (declared), `SAMPLE_RATE` ⚠️ undeclared | `public.patterns`, `public.upsert_pattern` |',
    ].join('\n\n'));
  });

  test('no code at all: one line', () => {
    expect(codeSection({ files: 0, unparsed: [], references: [], edgeFunctions: [] }, []).full).toBe(
      '0 code files read: 0 tables and views queried (all created by the migrations), 0 functions called with rpc (all created by the migrations). No edge function in supabase/functions.',
    );
  });
});

describe('conclusion: the three changes that clear the most, most severe first', () => {
  test('errors before warnings; at one severity, the rule with more findings first; the rest counted', () => {
    const current = [
      finding('missing-model', 'warning', 'public.a'), finding('missing-model', 'warning', 'public.b'), finding('missing-model', 'warning', 'public.c'), finding('missing-model', 'warning', 'public.d'),
      finding('non-idempotent-ddl', 'warning', 'public.e'),
      finding('missing-rls', 'error', 'public.f'),
      finding('rls-no-policy', 'notice', 'public.g'),
    ];
    expect(conclusionSection(groupByRule(sortFindings(current)), RULES).full).toBe([
      'Next steps, the changes that clear the most, in order (each finding\'s fix is under Recommendations):',
      [
        '1. ❌ **Table in an exposed schema without row level security** (`missing-rls`, 1 error): `public.f`.',
        '2. ⚠️ **Table created by the migrations that no Prisma model maps** (`missing-model`, 4 warnings): `public.a`, `public.b`, `public.c` and 1 more.',
        '3. ⚠️ **Statement that fails when its migration runs a second time** (`non-idempotent-ddl`, 1 warning): `public.e`.',
      ].join('\n'),
      'Then 1 other rule with findings.',
    ].join('\n\n'));
  });

  test('nothing open: nothing to do', () => {
    expect(conclusionSection([], RULES).full).toBe('Nothing to do: no finding is open.');
  });
});
