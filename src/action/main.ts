import * as core from '@actions/core';
import { context } from '@actions/github';
import { closeSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { judge, loadConfig, type Judgement, type LoadConfigOptions } from '../config.js';
import { UsageError } from '../errors.js';
import { collectGarbage, type HeapTurns } from '../heap.js';
import { withKeys } from '../objects.js';
import { auditTree, type TreeAudit } from '../projects.js';
import { analyzePullRequest, type Silencing } from '../pull-request.js';
import type { Block } from '../report/blocks.js';
import { comparisonJsonReport, jsonPieces } from '../report/json.js';
import { markdownReport, type PrContext } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { writeInChunks } from '../report/utf8-chunks.js';
import { RULES } from '../rules/index.js';
import { diskSnapshot } from '../sources/snapshot.js';
import { pullRequestVerifier, verifyTree } from '../verify/tree.js';
import type { VerifyOptions } from '../verify/verify.js';
import { VERSION } from '../version.js';
import type { Analysis, Config, DiffedFinding, DiffResult } from '../types.js';
import { annotate } from './annotations.js';
import { BODY_LIMIT, commentAuthor, commentMarker, upsertStickyComment } from './comment.js';
import { checkoutTrees, pullRequestTrees, type Checkout, type ComparedTrees } from './git.js';
import { getInputs, type ActionInputs } from './inputs.js';
import { createOctokit, httpStatus, type Octokit } from './octokit.js';
import { SUMMARY_BUDGET, writeSummary } from './summary.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const NOT_WRITABLE = 'Resource not accessible by integration';

/**
 * Runs the action once; every failure ends as one setFailed line, never an unhandled rejection. `heap`: what the
 * engine's turns do in this process (none by default).
 */
export async function run(heap: HeapTurns = {}): Promise<void> {
  try {
    await runAction(heap);
  } catch (e) {
    if (e instanceof UsageError) return core.setFailed(e.message);
    core.debug(e instanceof Error ? (e.stack ?? e.message) : String(e));
    core.setFailed(`Schema Guardian failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

interface PullRequest {
  number: number;
  base: { sha: string; repo?: { id: number } };
  head: { sha: string; repo?: { id: number } | null };
}

/** What one run found: the head's analysis and every finding with its status. */
interface Outcome {
  head: Analysis;
  /** The projects `head` merges, each with its own report sections. */
  headTree?: TreeAudit;
  diff: DiffResult;
  /** Present when the run compared two trees. */
  pr?: PrContext;
}

async function runAction(heap: HeapTurns): Promise<void> {
  const inputs = getInputs();
  if (inputs.token) core.setSecret(inputs.token);
  if (inputs.databaseUrl) core.setSecret(inputs.databaseUrl);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const checkout: Checkout = { repoDir: workspace, subdir: inputs.workingDirectory, root: resolve(workspace, inputs.workingDirectory) };
  if (!statSync(checkout.root, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`Input working-directory: ${inputs.workingDirectory} is not a folder in the workspace (${workspace}).`);

  const pr = PR_EVENTS.has(context.eventName) ? (context.payload.pull_request as PullRequest | undefined) : undefined;
  // Who the token comments as does not depend on the findings: asked now, its round trip (the connection's first, with
  // its handshakes) falls in the analysis wherever that waits for its parse thread or database, and not after the reports.
  const commenter = pr && inputs.comment !== 'never' && inputs.token ? startCommenter(inputs) : undefined;
  const outcome = await analyseRun(inputs, checkout, pr, heap);
  collectGarbage();
  const judgement = judge<DiffedFinding>(outcome.diff.findings, { failOn: inputs.failOn, failOnExisting: inputs.failOnExisting });
  const newFindings = outcome.diff.findings.filter((f) => f.status === 'new');
  const prefix = inputs.workingDirectory === '.' ? '' : `${inputs.workingDirectory}/`;
  // Built once: the report file, the job summary and the comment are the same report at three sizes.
  const healthReport = markdownReport(outcome.head, { pr: outcome.pr, judgement, tree: outcome.headTree });

  // The comment starts before the reports are written, but its requests wait for them: writing a report never gives
  // the event loop a turn (on the bench's 1,000-file pull request the listing went out after both files were written).
  const commentLog = heldLog();
  let posting: Promise<string> | undefined;
  if (pr && outcome.pr && inputs.comment !== 'never') {
    if (!commenter) {
      core.warning(
        'No comment was posted: input github-token is empty (pull requests from forks and Dependabot get no secrets). ' +
          'The job summary, annotations and outputs carry the report, and the job result depends on the findings only.',
      );
    } else {
      const marker = commentMarker(inputs.workingDirectory);
      const body = healthReport.render({ maxLength: BODY_LIMIT - marker.length - 1, fullReportHint: 'the job summary of the latest Schema Guardian run', marker });
      posting = comment(commenter, inputs, pr, body, marker, newFindings.length > 0, commentLog.log);
      // Awaited below; a failure must not count as unhandled while the reports are written.
      posting.catch(() => {});
    }
  }

  const paths = await phase('Write reports', async () => {
    const whole = healthReport.whole();
    const dir = process.env.RUNNER_TEMP || tmpdir();
    const slug = inputs.workingDirectory === '.' ? 'root' : inputs.workingDirectory.replace(/[^\w.-]+/g, '-');
    const report = join(dir, `schema-guardian-${slug}.md`);
    const json = join(dir, `schema-guardian-${slug}.json`);
    writeFileInChunks(report, [whole]);
    writeFileInChunks(json, [jsonPieces(actionJsonReport(inputs, outcome, judgement)), ['\n']]);
    if (inputs.sarifFile) {
      const file = resolve(workspace, inputs.sarifFile);
      mkdirSync(dirname(file), { recursive: true });
      const located = outcome.diff.findings.filter((f) => f.status !== 'resolved').map((f) => (f.file === undefined ? f : { ...f, file: prefix + f.file }));
      writeFileSync(file, `${JSON.stringify(renderSarif(located, RULES, VERSION, outcome.head.notes), null, 2)}\n`);
    }
    try {
      // A UTF-16 unit is 1 to 3 UTF-8 bytes: a report longer than the budget in units is over it in bytes, without
      // counting them; and a third of the budget in units always fits (the byte cut in writeSummary is the last resort).
      const markdown = whole.upTo(SUMMARY_BUDGET) <= SUMMARY_BUDGET ? whole.text() : undefined;
      const fits = markdown !== undefined && Buffer.byteLength(markdown) <= SUMMARY_BUDGET;
      await writeSummary(fits ? markdown : healthReport.render({ maxLength: Math.floor(SUMMARY_BUDGET / 3), fullReportHint: 'the report-path file' }));
    } catch (e) {
      core.warning(`Could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
    }
    annotate(judgement.counted, prefix);
    return { report, json };
  }).catch(async (e: unknown) => {
    // The comment is on its way already: what became of it is logged before the failure is.
    await posting?.then(commentLog.flush, commentLog.flush);
    throw e;
  });

  const commentId = posting ? await phase('Update the pull request comment', () => posting.finally(commentLog.flush)) : '';

  core.setOutput('new-findings', newFindings.length);
  core.setOutput('errors', judgement.counted.filter((f) => f.severity === 'error').length);
  core.setOutput('warnings', judgement.counted.filter((f) => f.severity === 'warning').length);
  core.setOutput('status', judgement.failing.length ? 'fail' : 'pass');
  core.setOutput('comment-id', commentId);
  core.setOutput('report-path', paths.report);
  core.setOutput('json-path', paths.json);
  if (judgement.failing.length) {
    const scope = inputs.failOnExisting ? 'finding(s)' : 'new finding(s)';
    core.setFailed(`${judgement.failing.length} ${scope} at or above fail-on: ${inputs.failOn}. See the job summary.`);
  }
}

/**
 * A pull request (or a run given base-ref) compares two trees; any other run audits the checkout, every finding new.
 * The comparison is the one `schema-guardian diff` makes.
 */
async function analyseRun(inputs: ActionInputs, checkout: Checkout, pr: PullRequest | undefined, heap: HeapTurns): Promise<Outcome> {
  const options = configOptions(inputs);
  const baseRef = inputs.baseRef ?? pr?.base.sha;
  if (!baseRef) {
    const snapshot = diskSnapshot(checkout.root);
    const config = await phase('Load configuration', () => loadConfig(snapshot, options));
    const audited = await phase(`Analyse ${process.env.GITHUB_SHA ?? 'the working tree'}`, () => auditTree(snapshot, config, heap));
    const verify = verifyOptions(inputs, pr);
    const tree = verify ? await phase('Verify on a real PostgreSQL', () => verifyTree(snapshot, audited, verify)) : audited;
    const head = tree.merged;
    return { head, headTree: tree, diff: { findings: head.findings.map((f) => withKeys(f, { status: 'new' as const })), changes: [] } };
  }
  const trees: ComparedTrees = await phase('Read the base and head trees', () => {
    const read = pr ? pullRequestTrees(checkout, baseRef, pr.head.sha, inputs.baseRef !== undefined) : checkoutTrees(checkout, baseRef);
    read.notes.forEach((n) => core.info(n));
    core.info(`Base ${read.base.sha} (${read.base.snapshot.label}), head ${read.head.sha} (${read.head.snapshot.label}).`);
    return read;
  });
  const verify = verifyOptions(inputs, pr);
  const result = await analyzePullRequest({ base: trees.base.snapshot, head: trees.head.snapshot }, options, phase, verify && pullRequestVerifier(verify), inputs.failOnExisting ? 'all' : 'new');
  result.notes.forEach((n) => core.info(n));
  logSilencing(result.silencing);
  return { head: result.head, headTree: result.headTree, diff: result.diff, pr: { diff: result.diff, base: trees.base.sha, head: trees.head.sha, silencing: result.silencing, fixes: result.fixes } };
}

function logSilencing(s: Silencing): void {
  const count = s.settings.length + s.ignores.length;
  if (count) core.info(`This pull request silences the guard in ${count} way(s), compared with its base; the report names them first.`);
}

/** A report file written in chunks: the report of a large history, made one string first, would be the run's largest. */
function writeFileInChunks(path: string, outputs: (Block | Iterable<string>)[]): void {
  const fd = openSync(path, 'w');
  try {
    writeInChunks(outputs, (bytes) => {
      // write(2) may take less than it is given.
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    });
  } finally {
    closeSync(fd);
  }
}

/** What the comment logs; held while another phase's group is open. */
interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** A log whose lines wait for `flush`, in order. */
function heldLog(): { log: Log; flush: () => void } {
  const lines: [keyof Log, string][] = [];
  return {
    log: { info: (message) => void lines.push(['info', message]), warning: (message) => void lines.push(['warning', message]) },
    flush: () => lines.splice(0).forEach(([level, message]) => core[level](message)),
  };
}

/** The client the comment goes out with, and who it comments as: asked as the run starts, awaited when it posts. */
interface Commenter {
  octokit: Octokit;
  retryAfterMs: number;
  author: ReturnType<typeof commentAuthor>;
}

function startCommenter(inputs: ActionInputs): Commenter {
  // Tests shorten the waits; a run on GitHub uses the defaults.
  const retryAfterMs = Number(process.env.SCHEMA_GUARDIAN_RETRY_MS ?? 1000);
  const octokit = createOctokit(inputs.token, context.apiUrl, { retryAfterMs, maxWaitMs: Number(process.env.SCHEMA_GUARDIAN_MAX_WAIT_MS ?? 60_000) });
  return { octokit, retryAfterMs, author: commentAuthor(octokit) };
}

async function comment({ octokit, retryAfterMs, author: asked }: Commenter, inputs: ActionInputs, pr: PullRequest, body: string, marker: string, hasNew: boolean, log: Log): Promise<string> {
  try {
    const author = await asked;
    log.info(author.assumed ? `The token did not say who it is; assuming ${author.login} until GitHub names the author of a comment.` : `Commenting as ${author.login}.`);
    const outcome = await upsertStickyComment(
      octokit,
      { ...context.repo, issueNumber: pr.number, marker, author: author.login },
      body,
      { create: inputs.comment === 'always' || hasNew, retryAfterMs },
    );
    if (outcome.lostRace) log.info(`Another run posted its comment first: kept ${outcome.id}, deleted this run's ${outcome.deleted.join(', ')}.`);
    else log.info(`Comment ${outcome.action}${outcome.id ? ` (${outcome.id})` : ''}${outcome.deleted.length ? `; deleted duplicates ${outcome.deleted.join(', ')}` : ''}.`);
    return outcome.id ? String(outcome.id) : '';
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const status = httpStatus(e);
    if (status === 403 && message.includes(NOT_WRITABLE)) {
      const fork = pr.head.repo?.id !== pr.base.repo?.id;
      log.warning(
        `Could not comment on the pull request: the token is read-only (${NOT_WRITABLE}). ` +
          (fork
            ? 'Pull requests from forks get a read-only token; use the fork-safe workflow_run pattern in docs/action.md to post the report. '
            : 'Give the job `permissions: pull-requests: write`. ') +
          'The job summary and annotations carry the report, and the job result depends on the findings only.',
      );
    } else if (status === 429 || (status === 403 && /rate limit/i.test(message))) {
      log.warning(`Could not comment on the pull request: GitHub's rate limit did not clear in time (${status}: ${message}). The job summary carries the report.`);
    } else log.warning(`Could not comment on the pull request (${status ?? 'no status'}): ${message}. The job summary carries the report.`);
    return '';
  }
}

/**
 * Live verification's options, when asked for. A pull request from a fork never reaches the server of
 * `database-url`: its SQL is untrusted, so it runs only in the in-process PGlite, which has no network.
 */
function verifyOptions(inputs: ActionInputs, pr: PullRequest | undefined): VerifyOptions | undefined {
  if (!inputs.verify) return undefined;
  const fork = pr !== undefined && pr.head.repo?.id !== pr.base.repo?.id;
  if (fork && inputs.databaseUrl) {
    core.warning('Input database-url is not used for a pull request from a fork: its SQL is untrusted and never reaches a shared server. Verifying in-process on PGlite instead.');
    return {};
  }
  return { databaseUrl: inputs.databaseUrl };
}

function configOptions(inputs: ActionInputs): LoadConfigOptions {
  const overrides: Partial<Config> = {};
  if (inputs.schema) overrides.schema = inputs.schema;
  if (inputs.migrations) overrides.migrations = inputs.migrations;
  return { configPath: inputs.config, overrides, knownRules: RULES.map((r) => r.id) };
}

/** The comparison's JSON contract, with the event and the folder the run looked at. */
function actionJsonReport(inputs: ActionInputs, outcome: Outcome, judgement: Judgement<DiffedFinding>) {
  const compared = { base: outcome.pr?.base ?? null, head: outcome.pr?.head ?? process.env.GITHUB_SHA ?? 'working tree', diff: outcome.diff, silencing: outcome.pr?.silencing ?? null };
  return { event: context.eventName ?? null, workingDirectory: inputs.workingDirectory, ...comparisonJsonReport(outcome.head, VERSION, compared, judgement) };
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
