/**
 * The built action (dist/index.js) as the runner starts it: a child process with runner-style environment, in a
 * depth-1 clone of a real two-commit repository, talking to the local fake GitHub API. `npm test` rebuilds the bundle
 * first, so this tests what src/ builds now (run through jest alone, it tests whatever dist/ holds).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BOT, FakeGitHub, PERSONAL_LOGIN, PERSONAL_TOKEN, READ_TOKEN, WRITE_TOKEN } from '../helpers/fake-github.js';
import { git, removeTemp, shallowClone, tempDir, twoCommitRepo, type TwoCommitRepo } from '../helpers/git-repo.js';

const DIST = join(process.cwd(), 'dist/index.js');
const WD = 'app';
const MARKER = `<!-- schema-guardian:${WD} -->`;
const LIST = '/repos/acme/app/issues/42/comments?per_page=100';
const POST = '/repos/acme/app/issues/42/comments';
const M = `${WD}/supabase/migrations`;

// Base: one table protected by RLS, one legacy table without it (an existing error).
const INIT = `create table if not exists public.accounts (id uuid primary key);
alter table public.accounts enable row level security;
create policy "own account" on public.accounts for select using (auth.uid() = id);
create table if not exists public.legacy (id int primary key);
`;
// Head: a new table without RLS (a new error) created without IF NOT EXISTS (a new warning).
const PROJECTS = 'create table public.projects (id uuid primary key);\n';
// Later head: RLS on, no policy (a new notice instead of the error); IF NOT EXISTS (no warning).
const PROJECTS_RLS = 'create table if not exists public.projects (id uuid primary key);\nalter table public.projects enable row level security;\n';
// A head whose only new finding is a warning.
const INDEX_ONLY = 'create index accounts_id on public.accounts (id);\n';

interface RunResult {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

let repo: TwoCommitRepo;
let gh: FakeGitHub;
let checkout: string;
const temps: string[] = [];

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run bundle` first.');
  repo = twoCommitRepo({ [`${M}/20240101000000_init.sql`]: INIT }, { [`${M}/20240201000000_projects.sql`]: PROJECTS });
  temps.push(repo.origin);
});
afterAll(() => temps.forEach(removeTemp));

beforeEach(async () => {
  gh = await new FakeGitHub().start();
  checkout = shallowClone(repo);
  temps.push(checkout);
});
afterEach(() => gh.stop());

/** Replaces the head's new migration in the working tree (the head is the checkout, not a commit). */
function setHead(text: string | null, file = '20240201000000_projects.sql'): void {
  const path = join(checkout, M, file);
  if (text === null) rmSync(path);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

function runAction(inputs: Record<string, string> = {}, event: { name: string; payload: object } = prEvent()): Promise<RunResult> {
  const runner = tempDir('sg-runner-');
  temps.push(runner);
  const eventPath = join(runner, 'event.json');
  const outputPath = join(runner, 'output');
  const summaryPath = join(runner, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: repo.headSha,
    GITHUB_WORKSPACE: checkout,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runner,
    SCHEMA_GUARDIAN_RETRY_MS: '1',
    'INPUT_GITHUB-TOKEN': WRITE_TOKEN,
    'INPUT_WORKING-DIRECTORY': WD,
    'INPUT_FAIL-ON': 'error',
    INPUT_COMMENT: 'always',
    'INPUT_FAIL-ON-EXISTING': 'false',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST], { cwd: checkout, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') }),
    );
  });
}

function prEvent(): { name: string; payload: object } {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 42,
      pull_request: {
        number: 42,
        base: { ref: 'main', sha: repo.baseSha, repo: { id: 1, full_name: 'acme/app' } },
        head: { ref: 'feature', sha: repo.headSha, repo: { id: 1, full_name: 'acme/app' } },
      },
      repository: { id: 1, name: 'app', full_name: 'acme/app', owner: { login: 'acme' } },
    },
  };
}

/** `name<<DELIM\nvalue\nDELIM` blocks of GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  return out;
}

const calls = () => gh.requests.map((r) => `${r.method} ${r.path}`);
const bodyOf = (i: number) => (gh.requests[i].body as { body: string }).body;

describe('the sticky comment', () => {
  it('first run creates one comment; a run with other findings edits it; an unchanged run writes nothing', async () => {
    const first = await runAction();
    expect(calls()).toEqual([`GET ${LIST}`, `POST ${POST}`]);
    expect(bodyOf(1)).toContain(MARKER);
    expect(bodyOf(1)).toContain('public.projects');
    const [comment] = gh.issueComments(42);
    const firstBody = comment.body;
    expect(first.outputs['comment-id']).toBe(String(comment.id));

    setHead(PROJECTS_RLS);
    gh.clearRequests();
    await runAction();
    expect(gh.requests).toEqual([
      { method: 'GET', path: LIST },
      { method: 'PATCH', path: `/repos/acme/app/issues/comments/${comment.id}`, body: { body: expect.stringContaining(MARKER) } },
    ]);
    expect(bodyOf(1)).not.toEqual(firstBody);

    gh.clearRequests();
    const third = await runAction();
    expect(calls()).toEqual([`GET ${LIST}`]);
    expect(third.outputs['comment-id']).toBe(String(comment.id));
    expect(gh.issueComments(42)).toHaveLength(1);
  });

  it('pages through 150 earlier comments and leaves those of other users alone, even when they quote the marker', async () => {
    for (let i = 0; i < 150; i++) gh.addComment(42, i % 25 === 0 ? 'octocat' : 'reviewer', i % 25 === 0 ? `> ${MARKER}\n> quoting the bot` : `comment ${i}`);
    const before = JSON.stringify(gh.issueComments(42));
    await runAction();
    expect(calls()).toEqual([`GET ${LIST}`, 'GET /repositories/1/issues/42/comments?per_page=100&page=2', `POST ${POST}`]);
    expect(JSON.stringify(gh.issueComments(42).slice(0, 150))).toBe(before);
    expect(gh.issueComments(42)).toHaveLength(151);
  });

  it('ends two earlier marker comments of the bot as one: the oldest is kept and updated, the other deleted', async () => {
    const oldest = gh.addComment(42, BOT, `${MARKER}\nstale`);
    const review = gh.addComment(42, 'reviewer', 'lgtm');
    const newer = gh.addComment(42, BOT, `${MARKER}\nrace`);
    const result = await runAction();
    expect(gh.requests).toEqual([
      { method: 'GET', path: LIST },
      { method: 'PATCH', path: `/repos/acme/app/issues/comments/${oldest.id}`, body: { body: expect.stringContaining(MARKER) } },
      { method: 'DELETE', path: `/repos/acme/app/issues/comments/${newer.id}` },
    ]);
    expect(gh.issueComments(42).map((c) => c.id)).toEqual([oldest.id, review.id]);
    expect(result.outputs['comment-id']).toBe(String(oldest.id));
  });

  it('a 502 on the create, then success: exactly one comment', async () => {
    gh.failNext(502, { method: 'POST' });
    const result = await runAction();
    expect(calls()).toEqual([`GET ${LIST}`, `POST ${POST}`, `GET ${LIST}`, `POST ${POST}`]);
    expect(gh.issueComments(42)).toHaveLength(1);
    expect(result.outputs['comment-id']).toBe(String(gh.issueComments(42)[0].id));
  });

  it('a head with thousands of findings still posts a body within 65,536 characters', async () => {
    setHead(Array.from({ length: 2500 }, (_, i) => `create table public.t${i} (id int primary key);\n`).join(''));
    const result = await runAction({ 'fail-on': 'never' });
    expect(calls()).toEqual([`GET ${LIST}`, `POST ${POST}`]);
    expect([...bodyOf(1)].length).toBeLessThanOrEqual(65_536);
    expect(gh.issueComments(42)).toHaveLength(1);
    expect(Number(result.outputs['new-findings'])).toBeGreaterThanOrEqual(5000);
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024);
  });

  it('with a personal token, finds and edits the comment of that token’s user', async () => {
    await runAction({ 'github-token': PERSONAL_TOKEN });
    setHead(PROJECTS_RLS);
    await runAction({ 'github-token': PERSONAL_TOKEN });
    expect(calls()).toEqual([
      'GET /user',
      'GET /repos/acme/app/issues/42/comments?per_page=100',
      'POST /repos/acme/app/issues/42/comments',
      'GET /user',
      'GET /repos/acme/app/issues/42/comments?per_page=100',
      'PATCH /repos/acme/app/issues/comments/1000',
    ]);
    expect(gh.issueComments(42).map((c) => c.user.login)).toEqual([PERSONAL_LOGIN]);
  });

  it('comment: on-findings creates nothing when there are no new findings', async () => {
    setHead(null);
    const result = await runAction({ comment: 'on-findings' });
    expect(calls()).toEqual([`GET ${LIST}`]);
    expect(result.outputs['comment-id']).toBe('');
  });

  it('comment: never makes no request at all', async () => {
    await runAction({ comment: 'never' });
    expect(calls()).toEqual([]);
  });
});

describe('a read-only token (a fork)', () => {
  it.each([
    ['error', 1, 'fail'],
    ['never', 0, 'pass'],
  ])('warns once and leaves the result to the findings (fail-on: %s → exit %s)', async (failOn, code, status) => {
    const event = prEvent();
    (event.payload as { pull_request: { head: { repo: { id: number } } } }).pull_request.head.repo.id = 99;
    const result = await runAction({ 'github-token': READ_TOKEN, 'fail-on': failOn }, event);
    expect(calls()).toEqual([`GET ${LIST}`, `POST ${POST}`]);
    const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Resource not accessible by integration');
    expect(warnings[0]).toContain('forks');
    expect(result.code).toBe(code);
    expect(result.outputs.status).toBe(status);
    expect(result.outputs['comment-id']).toBe('');
  });
});

describe('exit code and outputs', () => {
  // Base: legacy without RLS (existing error). Heads: PROJECTS (new error + new warning) or INDEX_ONLY (new warning).
  const HEADS = { 'new error + new warning': PROJECTS, 'new warning only': INDEX_ONLY, 'no new finding': null };
  it.each([
    { head: 'new error + new warning', failOn: 'error', existing: 'false', code: 1, status: 'fail', newFindings: '2', errors: '1', warnings: '1' },
    { head: 'new error + new warning', failOn: 'never', existing: 'false', code: 0, status: 'pass', newFindings: '2', errors: '1', warnings: '1' },
    { head: 'new warning only', failOn: 'error', existing: 'false', code: 0, status: 'pass', newFindings: '1', errors: '0', warnings: '1' },
    { head: 'new warning only', failOn: 'warning', existing: 'false', code: 1, status: 'fail', newFindings: '1', errors: '0', warnings: '1' },
    { head: 'new warning only', failOn: 'notice', existing: 'false', code: 1, status: 'fail', newFindings: '1', errors: '0', warnings: '1' },
    { head: 'new warning only', failOn: 'error', existing: 'true', code: 1, status: 'fail', newFindings: '1', errors: '1', warnings: '1' },
    { head: 'no new finding', failOn: 'notice', existing: 'false', code: 0, status: 'pass', newFindings: '0', errors: '0', warnings: '0' },
    { head: 'no new finding', failOn: 'error', existing: 'true', code: 1, status: 'fail', newFindings: '0', errors: '1', warnings: '0' },
  ] as const)('$head, fail-on $failOn, fail-on-existing $existing → exit $code, status $status', async (c) => {
    setHead(HEADS[c.head]);
    const result = await runAction({ 'fail-on': c.failOn, 'fail-on-existing': c.existing, comment: 'never' });
    expect(result.code).toBe(c.code);
    const { 'report-path': report, 'json-path': json, ...counts } = result.outputs;
    expect(counts).toEqual({ 'new-findings': c.newFindings, errors: c.errors, warnings: c.warnings, status: c.status, 'comment-id': '' });
    expect(readFileSync(report, 'utf8')).toBe(result.summary);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ base: repo.baseSha, head: repo.headSha, status: c.status });
    if (c.code) expect(result.stdout).toMatch(/^::error::\d+ (new )?finding\(s\) at or above fail-on: /m);
  });

  it('raises migration-modified and migration-out-of-order from the diff', async () => {
    setHead(`${INIT}-- edited after it was applied\n`, '20240101000000_init.sql');
    setHead('create table if not exists public.early (id int);\nalter table public.early enable row level security;\n', '20231231000000_early.sql');
    const result = await runAction({ comment: 'never' });
    const report = JSON.parse(readFileSync(result.outputs['json-path'], 'utf8')) as { findings: { rule: string; file: string; line: number; status: string }[] };
    expect(report.findings.filter((f) => f.rule.startsWith('migration-')).map(({ rule, file, line, status }) => ({ rule, file, line, status }))).toEqual([
      { rule: 'migration-out-of-order', file: 'supabase/migrations/20231231000000_early.sql', line: 1, status: 'new' },
      { rule: 'migration-modified', file: 'supabase/migrations/20240101000000_init.sql', line: 1, status: 'new' },
    ]);
    expect(result.code).toBe(1);
  });

  it('annotates new findings at their path from the repository root', async () => {
    const result = await runAction({ comment: 'never' });
    expect(result.stdout).toMatch(new RegExp(`^::error title=missing-rls,file=${M}/20240201000000_projects.sql,line=1::`, 'm'));
  });

  it('a migrations folder that the pull request introduces is all new, not an error at the base', async () => {
    mkdirSync(join(checkout, WD, 'db/migrations'), { recursive: true });
    writeFileSync(join(checkout, WD, 'db/migrations/001_init.sql'), 'create table public.x (id int);\n');
    const result = await runAction({ comment: 'never', migrations: 'db/migrations' });
    const report = JSON.parse(readFileSync(result.outputs['json-path'], 'utf8')) as { findings: { rule: string; file: string; line: number; status: string }[] };
    expect(report.findings.map(({ rule, file, line, status }) => ({ rule, file, line, status }))).toEqual([
      { rule: 'non-idempotent-ddl', file: 'db/migrations/001_init.sql', line: 1, status: 'new' },
    ]);
    expect(result.code).toBe(0);
  });

  it('sarif-file writes SARIF 2.1.0 for code scanning, with paths from the repository root', async () => {
    await runAction({ comment: 'never', 'sarif-file': 'reports/schema.sarif' });
    const sarif = JSON.parse(readFileSync(join(checkout, 'reports/schema.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[];
    // Existing findings stay in it too: code scanning tracks every current alert, not only the new ones.
    expect(results.filter((r) => r.ruleId === 'missing-rls').map((r) => r.locations[0]?.physicalLocation)).toEqual([
      { artifactLocation: { uri: `${M}/20240101000000_init.sql` }, region: { startLine: 4 } },
      { artifactLocation: { uri: `${M}/20240201000000_projects.sql` }, region: { startLine: 1 } },
    ]);
  });

  it('a workflow_dispatch audit counts every finding and makes no request', async () => {
    const result = await runAction({ 'fail-on': 'never' }, { name: 'workflow_dispatch', payload: { inputs: {} } });
    expect(calls()).toEqual([]);
    const report = JSON.parse(readFileSync(result.outputs['json-path'], 'utf8')) as { base: null; findings: { status: string }[] };
    expect(report.base).toBeNull();
    expect(report.findings.every((f) => f.status === 'new')).toBe(true);
    expect(result.outputs['new-findings']).toBe(String(report.findings.length));
    expect(result.code).toBe(0);
  });

  it('rejects a bad input with one message naming it', async () => {
    const result = await runAction({ 'fail-on': 'sometimes' });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual(['::error::Input fail-on must be one of error, warning, notice, never; got "sometimes".']);
  });

  it('names fetch-depth: 0 when the base commit cannot be fetched', async () => {
    git(checkout, 'remote', 'set-url', 'origin', join(checkout, 'gone'));
    const result = await runAction();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::The base commit [0-9a-f]{40} is not in the checkout and could not be fetched .*fetch-depth: 0/m);
    expect(calls()).toEqual([]);
  });

  it('masks the token and never prints it otherwise', async () => {
    const lines = (await runAction()).stdout.split('\n');
    expect(lines).toContain(`::add-mask::${WRITE_TOKEN}`);
    expect(lines.filter((l) => l.includes(WRITE_TOKEN))).toHaveLength(1);
  });
});
