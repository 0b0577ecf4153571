import { judge, type FailOn } from '../../src/config.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { headline, sentence, verdictOf } from '../../src/report/verdict.js';
import type { DiffedFinding, Severity } from '../../src/types.js';
import { analysis, finding } from './build.js';

/** `new error` → a new finding of severity error, and so on. */
function findings(...specs: string[]): DiffedFinding[] {
  return specs.map((spec, i) => {
    const [status, severity] = spec.split(' ') as [DiffedFinding['status'], Severity];
    return { ...finding('missing-rls', `public.t${i}`, { severity }), status };
  });
}

describe('the verdict says what the exit code decides', () => {
  it.each([
    ['only existing errors pass', 'error', false, findings('existing error', 'existing error', 'existing error'), '✅ **No new findings** · 3 errors already on the base branch'],
    ['nothing at all', 'error', false, [], '✅ **No new findings**'],
    ['a new error fails', 'error', false, findings('new error', 'new warning', 'existing error'), '❌ **Failing**: 1 new error at or above fail-on `error` · 1 new warning below it · 1 error already on the base branch'],
    ['a new warning under fail-on error passes', 'error', false, findings('new warning', 'existing warning'), '✅ **Passing**: 1 new warning below fail-on `error` · 1 warning already on the base branch'],
    ['a new warning under fail-on warning fails', 'warning', false, findings('new warning'), '❌ **Failing**: 1 new warning at or above fail-on `warning`'],
    ['fail-on never passes a new error', 'never', false, findings('new error'), '✅ **Passing**: 1 new error; fail-on `never` fails on none'],
    ['fail-on-existing counts the existing errors', 'error', true, findings('existing error', 'new notice'), '❌ **Failing**: 1 existing error at or above fail-on `error` · 1 new notice below it'],
    ['resolved findings are gone', 'error', false, findings('resolved error'), '✅ **No new findings**'],
  ] as const)('%s', (_name, failOn: FailOn, failOnExisting, diffed, expected) => {
    const j = judge([...diffed], { failOn, failOnExisting });
    expect(headline(verdictOf(j, true))).toBe(expected);
    // The exit code reads the same judgement.
    expect(j.failing.length > 0).toBe(expected.startsWith('❌'));
  });

  it.each([
    ['errors and warnings', 'error', ['error', 'warning', 'warning'], '❌ **Failing**: 1 error at or above fail-on `error` · 2 warnings below it'],
    ['only warnings under fail-on error', 'error', ['warning'], '✅ **Passing**: 1 warning below fail-on `error`'],
    ['only warnings under fail-on warning', 'warning', ['warning'], '❌ **Failing**: 1 warning at or above fail-on `warning`'],
    ['nothing', 'error', [], '✅ **Healthy**: no findings'],
  ] as const)('an audit, every finding counted: %s', (_name, failOn: FailOn, severities, expected) => {
    const all = severities.map((severity, i) => finding('missing-rls', `public.t${i}`, { severity }));
    expect(headline(verdictOf(judge(all, { failOn, failOnExisting: false }), false))).toBe(expected);
  });

  it('the executive summary states the same decision as a sentence', () => {
    const j = judge(findings('new error', 'existing warning'), { failOn: 'error', failOnExisting: false });
    expect(sentence(verdictOf(j, true))).toBe('❌ Failing: 1 new error at or above fail-on `error`; 1 warning already on the base branch.');
  });

  it('renderMarkdown states the judgement it is given, in the headline and the verdict', () => {
    const all = [finding('missing-model', 'public.a', { severity: 'warning' })];
    const md = renderMarkdown(analysis({ findings: all }), { judgement: judge(all, { failOn: 'warning', failOnExisting: false }) });
    expect(md.split('\n')[2]).toBe('❌ **Failing**: 1 warning at or above fail-on `warning`');
    expect(md).toContain('**Verdict:** ❌ Failing: 1 warning at or above fail-on `warning`. Each finding and its fix are under Recommendations.');
  });
});
