import * as core from '@actions/core';
import { context } from '@actions/github';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../analyze.js';
import { failingFindings, loadConfig } from '../config.js';
import { diffFindings, migrationChanges } from '../diff.js';
import { UsageError } from '../errors.js';
import { jsonReport } from '../report/json.js';
import { renderMarkdown, type PrContext } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { RULES } from '../rules/index.js';
import { diskSnapshot } from '../sources/snapshot.js';
import { VERSION } from '../version.js';
import type { Analysis, Config, DiffResult, Snapshot } from '../types.js';
import { annotate } from './annotations.js';
import { BODY_LIMIT, commentAuthor, commentMarker, httpStatus, upsertStickyComment } from './comment.js';
import { baseSnapshot } from './git.js';
import { getInputs, type ActionInputs } from './inputs.js';
import { createOctokit } from './octokit.js';
import { SUMMARY_BUDGET, writeSummary } from './summary.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const NOT_WRITABLE = 'Resource not accessible by integration';

/** Runs the action once; every failure ends as one setFailed line, never an unhandled rejection. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (e) {
    if (e instanceof UsageError) return core.setFailed(e.message);
    core.debug(e instanceof Error ? (e.stack ?? e.message) : String(e));
    core.setFailed(`Schema Guardian failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * The base through the head's configuration. A schema or migrations path the pull request itself introduces does not
 * exist at the base yet: the base then had nothing there, and everything at the head is new.
 */
async function analyzeBase(snapshot: Snapshot, config: Config): Promise<Analysis> {
  try {
    return await analyze(snapshot, config);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    core.info(`The base has no ${[config.schema, config.migrations].filter(Boolean).join(' or ')} yet: everything there is new.`);
    return analyze({ label: snapshot.label, files: () => [], read: () => undefined }, { ...config, schema: undefined, migrations: undefined });
  }
}

async function runAction(): Promise<void> {
  const inputs = getInputs();
  if (inputs.token) core.setSecret(inputs.token);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const root = resolve(workspace, inputs.workingDirectory);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`Input working-directory: ${inputs.workingDirectory} is not a folder in the workspace (${workspace}).`);

  const pr = PR_EVENTS.has(context.eventName) ? (context.payload.pull_request as PullRequest | undefined) : undefined;
  const wantsComment = pr !== undefined && inputs.comment !== 'never';
  if (wantsComment && !inputs.token) throw new UsageError('Input github-token is empty; it is needed to comment on the pull request (or set comment: never).');
  const baseRef = inputs.baseRef ?? pr?.base.sha;
  const headSha = pr?.head.sha ?? process.env.GITHUB_SHA ?? 'working tree';

  const headSnap = diskSnapshot(root);
  const config = await phase('Load configuration', () => loadConfig(headSnap, configOptions(inputs)));
  const head = await phase(`Analyse ${headSha}`, () => analyze(headSnap, config));
  let diff: DiffResult;
  let baseSha: string | undefined;
  if (baseRef) {
    // The head's configuration reads the base too, so the diff shows schema changes, not configuration changes.
    const base = await phase(`Read base ${baseRef}`, () => baseSnapshot(workspace, baseRef, inputs.workingDirectory));
    baseSha = base.sha;
    const baseAnalysis = await phase(`Analyse base ${base.sha}`, () => analyzeBase(base.snapshot, config));
    diff = diffFindings(baseAnalysis, head, migrationChanges(baseAnalysis, head, base.snapshot, headSnap));
  } else diff = { findings: head.findings.map((f) => ({ ...f, status: 'new' })), changes: [] };

  const prView: PrContext | undefined = baseSha ? { diff, base: baseSha, head: headSha } : undefined;
  const newFindings = diff.findings.filter((f) => f.status === 'new');
  const counted = diff.findings.filter((f) => f.status === 'new' || (inputs.failOnExisting && f.status === 'existing'));
  const failing = failingFindings(counted, inputs.failOn);
  const prefix = inputs.workingDirectory === '.' ? '' : `${inputs.workingDirectory}/`;

  const paths = await phase('Write reports', async () => {
    const markdown = renderMarkdown(head, { pr: prView });
    const dir = process.env.RUNNER_TEMP || tmpdir();
    const slug = inputs.workingDirectory === '.' ? 'root' : inputs.workingDirectory.replace(/[^\w.-]+/g, '-');
    const report = join(dir, `schema-guardian-${slug}.md`);
    const json = join(dir, `schema-guardian-${slug}.json`);
    writeFileSync(report, markdown);
    writeFileSync(json, `${JSON.stringify(actionJsonReport(inputs, head, diff, baseSha, headSha, failing.length > 0), null, 2)}\n`);
    if (inputs.sarifFile) {
      const file = resolve(workspace, inputs.sarifFile);
      mkdirSync(dirname(file), { recursive: true });
      const located = diff.findings.filter((f) => f.status !== 'resolved').map((f) => (f.file === undefined ? f : { ...f, file: prefix + f.file }));
      writeFileSync(file, `${JSON.stringify(renderSarif(located, RULES, VERSION), null, 2)}\n`);
    }
    try {
      // A UTF-16 unit is at most 3 UTF-8 bytes: this length always fits; the byte cut in writeSummary is the last resort.
      const fits = Buffer.byteLength(markdown) <= SUMMARY_BUDGET;
      await writeSummary(fits ? markdown : renderMarkdown(head, { pr: prView, maxLength: Math.floor(SUMMARY_BUDGET / 3), fullReportHint: 'the report-path file' }));
    } catch (e) {
      core.warning(`Could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
    }
    annotate(counted, prefix);
    return { report, json };
  });

  let commentId = '';
  if (wantsComment && pr && prView) {
    commentId = await phase('Update the pull request comment', () => comment(inputs, pr, head, prView, newFindings.length > 0));
  }

  core.setOutput('new-findings', newFindings.length);
  core.setOutput('errors', counted.filter((f) => f.severity === 'error').length);
  core.setOutput('warnings', counted.filter((f) => f.severity === 'warning').length);
  core.setOutput('status', failing.length ? 'fail' : 'pass');
  core.setOutput('comment-id', commentId);
  core.setOutput('report-path', paths.report);
  core.setOutput('json-path', paths.json);
  if (failing.length) {
    const scope = inputs.failOnExisting ? 'finding(s)' : 'new finding(s)';
    core.setFailed(`${failing.length} ${scope} at or above fail-on: ${inputs.failOn}. See the job summary.`);
  }
}

interface PullRequest {
  number: number;
  base: { sha: string; repo?: { id: number } };
  head: { sha: string; repo?: { id: number } | null };
}

async function comment(inputs: ActionInputs, pr: PullRequest, head: Analysis, prView: PrContext, hasNew: boolean): Promise<string> {
  const marker = commentMarker(inputs.workingDirectory);
  const body = renderMarkdown(head, { pr: prView, maxLength: BODY_LIMIT - marker.length - 1, fullReportHint: 'the job summary of the latest Schema Guardian run', marker });
  const retryAfterMs = Number(process.env.SCHEMA_GUARDIAN_RETRY_MS ?? 1000);
  const octokit = createOctokit(inputs.token, context.apiUrl, retryAfterMs);
  try {
    const outcome = await upsertStickyComment(
      octokit,
      { ...context.repo, issueNumber: pr.number, marker, author: await commentAuthor(octokit, inputs.token) },
      body,
      { create: inputs.comment === 'always' || hasNew, retryAfterMs },
    );
    core.info(`Comment ${outcome.action}${outcome.id ? ` (${outcome.id})` : ''}${outcome.deleted.length ? `; deleted duplicates ${outcome.deleted.join(', ')}` : ''}.`);
    return outcome.id ? String(outcome.id) : '';
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (httpStatus(e) === 403 && message.includes(NOT_WRITABLE)) {
      const fork = pr.head.repo?.id !== pr.base.repo?.id;
      core.warning(
        `Could not comment on the pull request: the token is read-only (${NOT_WRITABLE}). ` +
          (fork
            ? 'Pull requests from forks get a read-only token; use the fork-safe workflow_run pattern in docs/action.md to post the report. '
            : 'Give the job `permissions: pull-requests: write`. ') +
          'The job summary and annotations carry the report, and the job result depends on the findings only.',
      );
    } else core.warning(`Could not comment on the pull request (${httpStatus(e) ?? 'no status'}): ${message}. The job summary carries the report.`);
    return '';
  }
}

function configOptions(inputs: ActionInputs): Parameters<typeof loadConfig>[1] {
  const overrides: Partial<Config> = {};
  if (inputs.schema) overrides.schema = inputs.schema;
  if (inputs.migrations) overrides.migrations = inputs.migrations;
  return { configPath: inputs.config, overrides, knownRules: RULES.map((r) => r.id) };
}

/** The engine's JSON contract, its findings replaced by the diffed ones (each with a status). */
function actionJsonReport(inputs: ActionInputs, head: Analysis, diff: DiffResult, base: string | undefined, headSha: string, failed: boolean) {
  return {
    ...jsonReport(head, VERSION),
    event: context.eventName ?? null,
    workingDirectory: inputs.workingDirectory,
    base: base ?? null,
    head: headSha,
    status: failed ? 'fail' : 'pass',
    changes: diff.changes,
    findings: diff.findings,
  };
}

/** One log group per phase, with how long it took. */
async function phase<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  return core.group(name, async () => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      core.info(`${name}: ${Math.round(performance.now() - start)} ms`);
    }
  });
}
