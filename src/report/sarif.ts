import { createHash } from 'node:crypto';
import type { Location, Log, Notification, Result } from 'sarif';
import { SEVERITY_RANK, type Finding, type Severity } from '../types.js';

/** Where the tool and its rule pages live; rule help links are built from it. */
export const INFORMATION_URI = 'https://github.com/schema-guardian/schema-guardian';

/** GitHub code scanning rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

/** The fingerprint key, versioned so a change of recipe reads as new identities rather than colliding with old ones. */
export const FINGERPRINT_KEY = 'schemaGuardian/v1';

/** A rule as SARIF needs it: the registry's Rule satisfies this. */
export interface SarifRule {
  id: string;
  description: string;
  defaultSeverity: Severity;
}

/**
 * SARIF 2.1.0 for GitHub code scanning. Fingerprints hash rule + object + file and never the line, so an alert keeps
 * its identity when lines above it move; past 25,000 results the least severe are left out and the run says so. The
 * analysis' notes (what was not found or not checked) are the invocation's notifications: an empty run says why.
 */
export function renderSarif(findings: Finding[], rules: SarifRule[], toolVersion: string, notes: string[] = []): Log {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const kept = findings.length <= MAX_SARIF_RESULTS
    ? findings
    : findings.map((f, i) => ({ f, i }))
      .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i)
      .slice(0, MAX_SARIF_RESULTS)
      .sort((a, b) => a.i - b.i)
      .map(({ f }) => f);
  const left = findings.length - kept.length;
  const notifications: Notification[] = notes.map((text) => ({ level: 'note', message: { text } }));
  if (left > 0) {
    const text = `${left} of ${findings.length} results were left out (code scanning accepts at most ${MAX_SARIF_RESULTS}); the least severe went first.`;
    notifications.push({ level: 'warning', message: { text } });
  }
  // Two findings with the same rule, object and file (two statements of one file) must not merge into one alert.
  const seen = new Map<string, number>();
  const fingerprint = (f: Finding) => {
    const base = createHash('sha256').update([f.rule, f.object ?? '', f.file ?? ''].join('\0')).digest('hex');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}:${n}`;
  };
  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'schema-guardian',
          version: toolVersion,
          informationUri: INFORMATION_URI,
          rules: rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description },
            help: { text: `${r.description}. See docs/rules/${r.id}.md for examples and the fix.` },
            helpUri: `${INFORMATION_URI}/blob/main/docs/rules/${r.id}.md`,
            defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
          })),
        },
      },
      results: kept.map((f) => ({
        ruleId: f.rule,
        ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: location(f),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f) },
        ...(f.verified && { properties: { verified: true } }),
      })),
      ...(notifications.length ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {}),
    }],
  };
}

function location(f: Finding): Location[] {
  if (f.file !== undefined) {
    return [{
      physicalLocation: {
        artifactLocation: { uri: f.file },
        ...(f.line !== undefined && f.line > 0 ? { region: { startLine: f.line } } : {}),
      },
    }];
  }
  return f.object !== undefined ? [{ logicalLocations: [{ fullyQualifiedName: f.object }] }] : [];
}
