/**
 * The built action (dist/index.js) as the runner starts it: a child process with runner-style environment, in a
 * checkout made the way actions/checkout makes it (one commit of a real repository, fetched at depth 1), talking to
 * the local fake GitHub API. `npm test` rebuilds the bundle first, so this tests what src/ builds now (run through
 * jest alone, it tests whatever dist/ holds).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_LOGIN, APP_TOKEN, BOT, FakeGitHub, PERSONAL_LOGIN, PERSONAL_TOKEN, READ_TOKEN, WRITE_TOKEN } from '../helpers/fake-github.js';
import { checkoutCommit, commitFiles, git, pullRequestRefs, removeTemp, tempDir, twoCommitRepo, type TwoCommitRepo } from '../helpers/git-repo.js';

// SCHEMA_GUARDIAN_DIST runs another build (an older one, to compare) through the same tests.
const BUNDLE = process.env.SCHEMA_GUARDIAN_DIST ?? join(process.cwd(), 'dist');
const DIST = join(BUNDLE, 'index.js');
const CLI = join(BUNDLE, 'cli.js');
const WD = 'app';
const MARKER = `<!-- schema-guardian:${WD} -->`;
const LIST = '/repos/acme/app/issues/42/comments?per_page=100';
const POST = '/repos/acme/app/issues/42/comments';
const VIEWER = { method: 'POST', path: '/graphql', body: { query: 'query { viewer { login } }' } };
const GRAPHQL = 'POST /graphql';
const M = `${WD}/supabase/migrations`;
const PROJECTS_FILE = `${M}/20240201000000_projects.sql`;

// Base: one table protected by RLS, one legacy table without it (an existing error).
const INIT = `create table if not exists public.accounts (id uuid primary key);
alter table public.accounts enable row level security;
create policy "own account" on public.accounts for select using ((select auth.uid()) = id);
create table if not exists public.legacy (id int primary key);
`;
// Head: a new table without RLS (a new error) created without IF NOT EXISTS (a new warning).
const PROJECTS = 'create table public.projects (id uuid primary key);\n';
// Later head: RLS on, no policy (a new notice instead of the error); IF NOT EXISTS (no warning).
const PROJECTS_RLS = 'create table if not exists public.projects (id uuid primary key);\nalter table public.projects enable row level security;\n';
// A head whose only new finding is a warning.
const INDEX_ONLY = 'create index accounts_id_text on public.accounts ((id::text));\n';

interface RunResult {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

interface RunOptions {
  event?: { name: string; payload: object };
  /** The checkout to run in (default: the test's). */
  in?: string;
  env?: Record<string, string>;
  apiUrl?: string;
}

let repo: TwoCommitRepo;
let gh: FakeGitHub;
let checkout: string;
/** The pull request's head commit: the checkout's HEAD, moved on by setHead. */
let head: string;
const temps: string[] = [];

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run bundle` first.');
  repo = twoCommitRepo({ [`${M}/20240101000000_init.sql`]: INIT }, { [PROJECTS_FILE]: PROJECTS });
  temps.push(repo.origin);
});
afterAll(() => temps.forEach(removeTemp));

beforeEach(async () => {
  gh = await new FakeGitHub().start();
  checkout = track(checkoutCommit(repo.origin, repo.headSha));
  head = repo.headSha;
});
afterEach(() => gh.stop());

function track(dir: string): string {
  temps.push(dir);
  return dir;
}

/** A new head commit on top of the checkout: `text` for the new migration (null deletes it), or other files. */
function setHead(text: string | null, file = '20240201000000_projects.sql'): void {
  head = commitFiles(checkout, { [`${M}/${file}`]: text });
}

function runAction(inputs: Record<string, string> = {}, options: RunOptions = {}): Promise<RunResult> {
  const event = options.event ?? prEvent();
  const runner = track(tempDir('sg-runner-'));
  const eventPath = join(runner, 'event.json');
  const outputPath = join(runner, 'output');
  const summaryPath = join(runner, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const workspace = options.in ?? checkout;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_API_URL: options.apiUrl ?? gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: git(workspace, 'rev-parse', 'HEAD'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runner,
    SCHEMA_GUARDIAN_RETRY_MS: '1',
    'INPUT_GITHUB-TOKEN': WRITE_TOKEN,
    'INPUT_WORKING-DIRECTORY': WD,
    'INPUT_FAIL-ON': 'error',
    INPUT_COMMENT: 'always',
    'INPUT_FAIL-ON-EXISTING': 'false',
    // The comment's tests run without live verification; its own test below turns it back on.
    INPUT_VERIFY: 'false',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') }),
    );
  });
}

function prEvent({ name = 'pull_request', baseSha = repo.baseSha, headSha = head, forkId = 1 } = {}): { name: string; payload: object } {
  return {
    name,
    payload: {
      action: 'synchronize',
      number: 42,
      pull_request: {
        number: 42,
        base: { ref: 'main', sha: baseSha, repo: { id: 1, full_name: 'acme/app' } },
        head: { ref: 'feature', sha: headSha, repo: { id: forkId, full_name: forkId === 1 ? 'acme/app' : 'fork/app' } },
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
const warnings = (r: RunResult) => r.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
/** The findings of the JSON report, reduced to what identifies them. */
const reported = (r: RunResult) =>
  (JSON.parse(readFileSync(r.outputs['json-path'], 'utf8')) as { findings: { rule: string; object?: string; file?: string; status: string }[] }).findings.map(
    ({ rule, object, file, status }) => ({ rule, object, file, status }),
  );

describe('the headline states what the check decides (one judgement: exit code, status, headline)', () => {
  const HEADS = { 'new error + new warning': PROJECTS, 'new warning only': INDEX_ONLY, 'only the existing error': null };
  it.each([
    { head: 'only the existing error', existing: 'false', code: 0, status: 'pass', headline: '✅ **No new findings** · 1 error already on the base branch' },
    { head: 'only the existing error', existing: 'true', code: 1, status: 'fail', headline: '❌ **Failing**: 1 existing error at or above fail-on `error`' },
    { head: 'new warning only', existing: 'false', code: 0, status: 'pass', headline: '✅ **Passing**: 1 new warning below fail-on `error` · 1 error already on the base branch' },
    {
      head: 'new error + new warning', existing: 'false', code: 1, status: 'fail',
      headline: '❌ **Failing**: 1 new error at or above fail-on `error` · 1 new warning below it · 1 error already on the base branch',
    },
  ] as const)('$head, fail-on-existing $existing → exit $code, status $status, “$headline”', async (c) => {
    setHead(HEADS[c.head]);
    const result = await runAction({ 'fail-on-existing': c.existing });
    expect(result.code).toBe(c.code);
    expect(result.outputs.status).toBe(c.status);
    const [comment] = gh.issueComments(42);
    expect(comment.body.split('\n').slice(0, 5)).toEqual([MARKER, '', '# Schema Health Report', '', c.headline]);
    expect(result.summary.split('\n')[2]).toBe(c.headline);
    // The existing error's fix is checked and shown only when it counts.
    const existing = (JSON.parse(readFileSync(result.outputs['json-path'], 'utf8')) as { findings: { status: string; fix?: string }[] }).findings.filter((f) => f.status === 'existing');
    expect(existing.map((f) => f.fix?.split('\n')[0])).toEqual([c.existing === 'true' ? 'ALTER TABLE public.legacy ENABLE ROW LEVEL SECURITY;' : undefined]);
  });
});

describe('live verification, on by default', () => {
  it('with the input as action.yml defaults it, the base and head run on PGlite and the comment marks what the database confirmed', async () => {
    setHead(PROJECTS);
    const result = await runAction({ verify: 'true' });
    expect(result.code).toBe(1);
    const [comment] = gh.issueComments(42);
    expect(comment.body).toMatch(/^- \*\*Checked on a real database:\*\* live verification on PGlite [\d.]+ \\\(PostgreSQL [\d.]+\\\): 4 confirmed, 0 dropped, 0 added \(✔ marks a verified finding\)$/m);
    expect(comment.body).toContain('| 1 | ❌ error | `missing-rls` ✔ | `public.projects` |');
    const verified = (JSON.parse(readFileSync(result.outputs['json-path'], 'utf8')) as { findings: { rule: string; object?: string; status: string; verified?: boolean }[] }).findings
      .filter((f) => f.status === 'new').map(({ rule, object, verified: v }) => ({ rule, object, verified: v }));
    expect(verified).toEqual([
      { rule: 'missing-rls', object: 'public.projects', verified: true },
      { rule: 'non-idempotent-ddl', object: 'public.projects', verified: true },
    ]);
  }, 60_000);
});

describe('the head is the pull request’s head commit, whatever is checked out', () => {
  it.each(['pull_request_target', 'pull_request'])('%s with the base checked out finds the new table, read from git objects', async (name) => {
    const base = track(checkoutCommit(repo.origin, repo.baseSha));
    const result = await runAction({}, { in: base, event: prEvent({ name, headSha: repo.headSha }) });
    expect(reported(result)).toEqual([
      { rule: 'missing-rls', object: 'public.legacy', file: 'supabase/migrations/20240101000000_init.sql', status: 'existing' },
      { rule: 'missing-rls', object: 'public.projects', file: 'supabase/migrations/20240201000000_projects.sql', status: 'new' },
      { rule: 'non-idempotent-ddl', object: 'public.projects', file: 'supabase/migrations/20240201000000_projects.sql', status: 'new' },
    ]);
    expect(result.code).toBe(1);
    expect(result.outputs['new-findings']).toBe('2');
    expect(gh.issueComments(42)[0].body).toContain('`public.projects`');
    expect(result.stdout).toContain(`is not the pull request's head ${repo.headSha.slice(0, 7)}: the head is read from git objects, never checked out.`);
    // Nothing of the pull request reached the working tree.
    expect(git(base, 'rev-parse', 'HEAD')).toBe(repo.baseSha);
    expect(git(base, 'status', '--porcelain')).toBe('');
    expect(existsSync(join(base, PROJECTS_FILE))).toBe(false);
  });

  it('a working tree a step changed is not the head: the head commit is read', async () => {
    writeFileSync(join(checkout, M, '20240301000000_generated.sql'), 'create table public.generated (id int);\n');
    const result = await runAction({ comment: 'never' });
    expect(reported(result).map((f) => f.object)).toEqual(['public.legacy', 'public.projects', 'public.projects']);
    expect(result.stdout).toContain(`The working tree has changes commit ${head.slice(0, 7)} does not: the commit is read from git objects, not from the working tree.`);
  });

  /** main moved on after the pull request forked: 20240115 is on main only, 20240201 is the pull request's. */
  function movedOnRepo() {
    const origin = track(tempDir('sg-origin-'));
    git(origin, 'init', '-q');
    const fork = commitFiles(origin, { [`${M}/20240101000000_init.sql`]: INIT }, 'base');
    const mainTip = commitFiles(origin, { [`${M}/20240115000000_audit.sql`]: 'create table if not exists public.audit (id int primary key);\nalter table public.audit enable row level security;\ncreate policy "read" on public.audit for select using (true);\n' }, 'main moves on');
    git(origin, 'checkout', '-q', '-b', 'feature', fork);
    const prHead = commitFiles(origin, { [PROJECTS_FILE]: PROJECTS }, 'pull request');
    git(origin, 'checkout', '-q', 'main');
    const merge = pullRequestRefs(origin, 42, mainTip, prHead);
    return { origin, fork, mainTip, prHead, merge };
  }

  it('pull_request’s default checkout, GitHub’s merge commit, is compared with its first parent: main’s new migration is not “deleted”', async () => {
    const r = movedOnRepo();
    const merged = track(checkoutCommit(r.origin, r.merge));
    const result = await runAction({ comment: 'never' }, { in: merged, event: prEvent({ baseSha: r.mainTip, headSha: r.prHead }) });
    const report = JSON.parse(readFileSync(result.outputs['json-path'], 'utf8')) as { base: string; head: string; changes: unknown[] };
    expect(report).toMatchObject({ base: r.mainTip, head: r.prHead, changes: [{ file: 'supabase/migrations/20240201000000_projects.sql', change: 'added' }] });
    expect(reported(result).filter((f) => f.status === 'new').map((f) => f.rule)).toEqual(['missing-rls', 'non-idempotent-ddl']);
    expect(result.stdout).toContain(`is GitHub's merge of the head ${r.prHead.slice(0, 7)} into ${r.mainTip.slice(0, 7)}: the merge is compared with ${r.mainTip.slice(0, 7)}.`);
  });

  it('pull_request_target with fetch-depth: 0 compares the head with where it forked', async () => {
    const r = movedOnRepo();
    const base = track(checkoutCommit(r.origin, r.mainTip, { history: true }));
    const result = await runAction({ comment: 'never' }, { in: base, event: prEvent({ name: 'pull_request_target', baseSha: r.mainTip, headSha: r.prHead }) });
    const report = JSON.parse(readFileSync(result.outputs['json-path'], 'utf8')) as { base: string; head: string; changes: unknown[] };
    expect(report).toMatchObject({ base: r.fork, head: r.prHead, changes: [{ file: 'supabase/migrations/20240201000000_projects.sql', change: 'added' }] });
    expect(reported(result).some((f) => f.rule === 'migration-deleted')).toBe(false);
    expect(result.stdout).toContain(`The head forked from ${r.mainTip.slice(0, 7)} at ${r.fork.slice(0, 7)}`);
  });
});

describe('the sticky comment', () => {
  it('first run creates one comment; a run with other findings edits it; an unchanged run writes nothing', async () => {
    const first = await runAction();
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`, `POST ${POST}`, `GET ${LIST}`]);
    expect(gh.requests[0]).toEqual(VIEWER);
    expect(bodyOf(2)).toContain(MARKER);
    expect(bodyOf(2)).toContain('public.projects');
    const [comment] = gh.issueComments(42);
    const firstBody = comment.body;
    expect(first.outputs['comment-id']).toBe(String(comment.id));

    setHead(PROJECTS_RLS);
    gh.clearRequests();
    await runAction();
    expect(gh.requests).toEqual([
      VIEWER,
      { method: 'GET', path: LIST },
      { method: 'PATCH', path: `/repos/acme/app/issues/comments/${comment.id}`, body: { body: expect.stringContaining(MARKER) } },
    ]);
    expect(bodyOf(2)).not.toEqual(firstBody);

    gh.clearRequests();
    const third = await runAction();
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`]);
    expect(third.outputs['comment-id']).toBe(String(comment.id));
    expect(gh.issueComments(42)).toHaveLength(1);
  });

  it('pages through 150 earlier comments and leaves those of other users alone, even when they quote the marker', async () => {
    for (let i = 0; i < 150; i++) gh.addComment(42, i % 25 === 0 ? 'octocat' : 'reviewer', i % 25 === 0 ? `> ${MARKER}\n> quoting the bot` : `comment ${i}`);
    const before = JSON.stringify(gh.issueComments(42));
    await runAction();
    const page2 = 'GET /repositories/1/issues/42/comments?per_page=100&page=2';
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`, page2, `POST ${POST}`, `GET ${LIST}`, page2]);
    expect(JSON.stringify(gh.issueComments(42).slice(0, 150))).toBe(before);
    expect(gh.issueComments(42)).toHaveLength(151);
  });

  it('ends two earlier marker comments of the bot as one: the oldest is kept and updated, the other deleted', async () => {
    const oldest = gh.addComment(42, BOT, `${MARKER}\nstale`);
    const review = gh.addComment(42, 'reviewer', 'lgtm');
    const newer = gh.addComment(42, BOT, `${MARKER}\nrace`);
    const result = await runAction();
    expect(gh.requests).toEqual([
      VIEWER,
      { method: 'GET', path: LIST },
      { method: 'PATCH', path: `/repos/acme/app/issues/comments/${oldest.id}`, body: { body: expect.stringContaining(MARKER) } },
      { method: 'DELETE', path: `/repos/acme/app/issues/comments/${newer.id}` },
    ]);
    expect(gh.issueComments(42).map((c) => c.id)).toEqual([oldest.id, review.id]);
    expect(result.outputs['comment-id']).toBe(String(oldest.id));
  });

  it('a duplicate another run already deleted (DELETE → 404) is deleted, not a failure', async () => {
    const oldest = gh.addComment(42, BOT, `${MARKER}\nstale`);
    const newer = gh.addComment(42, BOT, `${MARKER}\nrace`);
    gh.failNext(404, { method: 'DELETE', afterApplying: true, message: 'Not Found' });
    const result = await runAction();
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`, `PATCH /repos/acme/app/issues/comments/${oldest.id}`, `DELETE /repos/acme/app/issues/comments/${newer.id}`]);
    expect(warnings(result)).toEqual([]);
    expect(result.outputs['comment-id']).toBe(String(oldest.id));
    expect(gh.issueComments(42).map((c) => c.id)).toEqual([oldest.id]);
  });

  it('a 502 on the create, then success: exactly one comment', async () => {
    gh.failNext(502, { method: 'POST', path: /comments$/ });
    const result = await runAction();
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`, `POST ${POST}`, `GET ${LIST}`, `POST ${POST}`, `GET ${LIST}`]);
    expect(gh.issueComments(42)).toHaveLength(1);
    expect(result.outputs['comment-id']).toBe(String(gh.issueComments(42)[0].id));
  });

  it('a head with thousands of findings still posts a body within 65,536 characters', async () => {
    setHead(Array.from({ length: 2500 }, (_, i) => `create table public.t${i} (id int primary key);\n`).join(''));
    const result = await runAction({ 'fail-on': 'never' });
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`, `POST ${POST}`, `GET ${LIST}`]);
    expect([...bodyOf(2)].length).toBeLessThanOrEqual(65_536);
    expect(gh.issueComments(42)).toHaveLength(1);
    expect(Number(result.outputs['new-findings'])).toBeGreaterThanOrEqual(5000);
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1024 * 1024);
  });

  it('with a personal token, finds and edits the comment of that token’s user', async () => {
    await runAction({ 'github-token': PERSONAL_TOKEN });
    setHead(PROJECTS_RLS);
    await runAction({ 'github-token': PERSONAL_TOKEN });
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`, `POST ${POST}`, `GET ${LIST}`, GRAPHQL, `GET ${LIST}`, 'PATCH /repos/acme/app/issues/comments/1000']);
    expect(gh.issueComments(42).map((c) => c.user.login)).toEqual([PERSONAL_LOGIN]);
  });

  it('with a GitHub App’s installation token (ghs_, posting as my-app[bot]), three runs leave exactly one comment', async () => {
    const token = { 'github-token': APP_TOKEN };
    const first = await runAction(token);
    setHead(PROJECTS_RLS);
    const second = await runAction(token);
    const third = await runAction(token);
    expect(calls()).toEqual([
      GRAPHQL, `GET ${LIST}`, `POST ${POST}`, `GET ${LIST}`,
      GRAPHQL, `GET ${LIST}`, 'PATCH /repos/acme/app/issues/comments/1000',
      GRAPHQL, `GET ${LIST}`,
    ]);
    expect(gh.issueComments(42).map((c) => [c.id, c.user.login])).toEqual([[1000, APP_LOGIN]]);
    expect([first, second, third].map((r) => r.outputs['comment-id'])).toEqual(['1000', '1000', '1000']);
    // Started before the reports are written, and logged in its own group.
    const group = (stdout: string, name: string) => stdout.split(`::group::${name}\n`)[1]?.split('::endgroup::')[0];
    expect(group(first.stdout, 'Update the pull request comment')).toMatch(new RegExp(`^Commenting as ${APP_LOGIN.replace(/[[\]]/g, '\\$&')}\\.\nComment created \\(1000\\)\\.\nUpdate the pull request comment: \\d+ ms\n$`));
    expect(group(first.stdout, 'Write reports')).not.toContain('Comment');
  });

  it('when GraphQL is refused, github-actions[bot] is assumed and the author GitHub returns corrects it: still one comment', async () => {
    gh.refuseGraphql();
    const token = { 'github-token': APP_TOKEN };
    await runAction(token);
    setHead(PROJECTS_RLS);
    const second = await runAction(token);
    expect(calls()).toEqual([
      GRAPHQL, `GET ${LIST}`, `POST ${POST}`, `GET ${LIST}`,
      GRAPHQL, `GET ${LIST}`, `POST ${POST}`, `GET ${LIST}`, 'DELETE /repos/acme/app/issues/comments/1001', 'PATCH /repos/acme/app/issues/comments/1000',
    ]);
    expect(gh.issueComments(42).map((c) => [c.id, c.user.login])).toEqual([[1000, APP_LOGIN]]);
    expect(second.outputs['comment-id']).toBe('1000');
    expect(second.stdout).toContain(`assuming ${BOT}`);
  });

  it('two runs started together (GET, GET, POST, POST) leave one comment: the later one deletes its own', async () => {
    const other = track(checkoutCommit(repo.origin, repo.headSha));
    gh.hold('GET', 2, /\/issues\/42\/comments/);
    gh.hold('POST', 2, /\/issues\/42\/comments$/);
    const [a, b] = await Promise.all([runAction(), runAction({}, { in: other })]);
    const rest = calls().filter((c) => c !== GRAPHQL);
    expect(rest.slice(0, 4)).toEqual([`GET ${LIST}`, `GET ${LIST}`, `POST ${POST}`, `POST ${POST}`]);
    expect(rest.slice(4).sort()).toEqual(['DELETE /repos/acme/app/issues/comments/1001', `GET ${LIST}`, `GET ${LIST}`]);
    expect(gh.issueComments(42).map((c) => c.id)).toEqual([1000]);
    expect([a, b].map((r) => r.outputs['comment-id'])).toEqual(['1000', '1000']);
    expect([a, b].filter((r) => r.stdout.includes('Another run posted its comment first: kept 1000, deleted this run\'s 1001.'))).toHaveLength(1);
    expect([...warnings(a), ...warnings(b)]).toEqual([]);
  });

  it('on GitHub Enterprise, GraphQL is asked at /api/graphql and REST at /api/v3', async () => {
    await gh.stop();
    gh = await new FakeGitHub('acme', 'app', { enterprise: true }).start();
    const result = await runAction({}, { apiUrl: gh.apiUrl });
    expect(calls()).toEqual(['POST /api/graphql', `GET /api/v3${LIST}`, `POST /api/v3${POST}`, `GET /api/v3${LIST}`]);
    expect(result.outputs['comment-id']).toBe('1000');
  });

  it('comment: on-findings creates nothing when there are no new findings', async () => {
    setHead(null);
    const result = await runAction({ comment: 'on-findings' });
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`]);
    expect(result.outputs['comment-id']).toBe('');
  });

  it('comment: never makes no request at all', async () => {
    await runAction({ comment: 'never' });
    expect(calls()).toEqual([]);
  });
});

describe('without a comment: the run still reports, and the findings decide', () => {
  it.each([
    ['error', 1, 'fail'],
    ['never', 0, 'pass'],
  ])('a read-only token (a fork) warns once (fail-on: %s → exit %s)', async (failOn, code, status) => {
    const result = await runAction({ 'github-token': READ_TOKEN, 'fail-on': failOn }, { event: prEvent({ forkId: 99 }) });
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`, `POST ${POST}`]);
    expect(warnings(result)).toHaveLength(1);
    expect(warnings(result)[0]).toContain('Resource not accessible by integration');
    expect(warnings(result)[0]).toContain('forks');
    expect(result.code).toBe(code);
    expect(result.outputs.status).toBe(status);
    expect(result.outputs['comment-id']).toBe('');
  });

  it.each([
    ['error', 1, 'fail'],
    ['never', 0, 'pass'],
  ])('an empty github-token (no secrets for forks and Dependabot) analyses, writes summary and outputs, warns once (fail-on: %s → exit %s)', async (failOn, code, status) => {
    const result = await runAction({ 'github-token': '', 'fail-on': failOn });
    expect(calls()).toEqual([]);
    expect(warnings(result)).toEqual([
      '::warning::No comment was posted: input github-token is empty (pull requests from forks and Dependabot get no secrets). ' +
        'The job summary, annotations and outputs carry the report, and the job result depends on the findings only.',
    ]);
    expect(result.code).toBe(code);
    const { 'report-path': report, 'json-path': json, ...outputs } = result.outputs;
    expect(outputs).toEqual({ 'new-findings': '2', errors: '1', warnings: '1', status, 'comment-id': '' });
    expect(result.summary).toMatch(/^# Schema Health Report\n/);
    expect(readFileSync(report, 'utf8')).toBe(result.summary);
    expect(existsSync(json)).toBe(true);
    expect(result.stdout).toMatch(new RegExp(`^::error title=missing-rls,file=${PROJECTS_FILE},line=1::`, 'm'));
  });

  it('a 429 is retried after the retry-after GitHub names: one comment', async () => {
    gh.failNext(429, { method: 'POST', path: /comments$/, message: 'API rate limit exceeded', headers: { 'retry-after': '1' } });
    const result = await runAction();
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`, `POST ${POST}`, `POST ${POST}`, `GET ${LIST}`]);
    expect(gh.arrivals[3]! - gh.arrivals[2]!).toBeGreaterThanOrEqual(1000);
    expect(gh.issueComments(42)).toHaveLength(1);
    expect(warnings(result)).toEqual([]);
  });

  it('a secondary rate limit asking for longer than the cap gives the comment up with one warning; the findings decide', async () => {
    const message = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
    gh.failNext(403, { method: 'POST', path: /comments$/, message, headers: { 'retry-after': '120' } });
    const result = await runAction({}, { env: { SCHEMA_GUARDIAN_MAX_WAIT_MS: '5000' } });
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`, `POST ${POST}`]);
    expect(warnings(result)).toHaveLength(1);
    expect(warnings(result)[0]).toMatch(/^::warning::Could not comment on the pull request: GitHub's rate limit did not clear in time \(403: You have exceeded a secondary rate limit\./);
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'fail', 'comment-id': '' });
  });
});

describe('a pull request that silences the guard says so first', () => {
  it('names the rule it turns off, the tables it ignores and the ignore comment it adds', async () => {
    head = commitFiles(checkout, {
      [`${WD}/.schema-guardian.yml`]: 'rules:\n  missing-rls: off\nignore-tables: ["public.legacy"]\n',
      [PROJECTS_FILE]: `-- schema-guardian-ignore non-idempotent-ddl: created once, by hand\n${PROJECTS}`,
    });
    const result = await runAction();
    expect(result.code).toBe(0);
    expect(result.outputs['new-findings']).toBe('0');
    expect(gh.issueComments(42)[0].body.split('\n').slice(0, 11)).toEqual([
      MARKER,
      '',
      '# Schema Health Report',
      '',
      '✅ **No new findings**',
      '',
      '> ⚠️ **This pull request silences the guard**, compared with its base:',
      '>',
      '> - turns `missing-rls` off (it was error)',
      '> - adds to `ignore-tables`: `public.legacy`',
      '> - adds an ignore comment for `non-idempotent-ddl` at `supabase/migrations/20240201000000_projects.sql:1` (“created once, by hand”): silences `public.projects`',
    ]);
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
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ base: repo.baseSha, head, status: c.status });
    if (c.code) expect(result.stdout).toMatch(/^::error::\d+ (new )?finding\(s\) at or above fail-on: /m);
  });

  it('raises migration-modified and migration-out-of-order from the diff', async () => {
    head = commitFiles(checkout, {
      [`${M}/20240101000000_init.sql`]: `${INIT}-- edited after it was applied\n`,
      [`${M}/20231231000000_early.sql`]: 'create table if not exists public.early (id int);\nalter table public.early enable row level security;\n',
    });
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
    expect(result.stdout).toMatch(new RegExp(`^::error title=missing-rls,file=${PROJECTS_FILE},line=1::`, 'm'));
  });

  it('a migrations folder that the pull request introduces is all new, not an error at the base', async () => {
    head = commitFiles(checkout, { [`${WD}/db/migrations/001_init.sql`]: 'create table public.x (id int);\n' });
    const result = await runAction({ comment: 'never', migrations: 'db/migrations' });
    const report = JSON.parse(readFileSync(result.outputs['json-path'], 'utf8')) as { findings: { rule: string; file: string; line: number; status: string }[] };
    expect(report.findings.map(({ rule, file, line, status }) => ({ rule, file, line, status }))).toEqual([
      { rule: 'non-idempotent-ddl', file: 'db/migrations/001_init.sql', line: 1, status: 'new' },
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The base has no db/migrations yet: everything there is new.');
  });

  it('sarif-file writes SARIF 2.1.0 for code scanning, with paths from the repository root', async () => {
    await runAction({ comment: 'never', 'sarif-file': 'reports/schema.sarif' });
    const sarif = JSON.parse(readFileSync(join(checkout, 'reports/schema.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[];
    // Existing findings stay in it too: code scanning tracks every current alert, not only the new ones.
    expect(results.filter((r) => r.ruleId === 'missing-rls').map((r) => r.locations[0]?.physicalLocation)).toEqual([
      { artifactLocation: { uri: `${M}/20240101000000_init.sql` }, region: { startLine: 4 } },
      { artifactLocation: { uri: PROJECTS_FILE }, region: { startLine: 1 } },
    ]);
  });

  it('a workflow_dispatch audit counts every finding and makes no request', async () => {
    const result = await runAction({ 'fail-on': 'never' }, { event: { name: 'workflow_dispatch', payload: { inputs: {} } } });
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

  it('when the reports cannot be written, the comment posted meanwhile is logged before the job fails', async () => {
    const notAFolder = join(track(tempDir('sg-runner-')), 'file');
    writeFileSync(notAFolder, '');
    const result = await runAction({}, { env: { RUNNER_TEMP: notAFolder } });
    expect(result.code).toBe(1);
    expect(calls()).toEqual([GRAPHQL, `GET ${LIST}`, `POST ${POST}`, `GET ${LIST}`]);
    const lines = result.stdout.split('\n');
    const created = lines.indexOf('Comment created (1000).');
    const failed = lines.findIndex((l) => l.startsWith('::error::Schema Guardian failed: ENOTDIR'));
    expect(created).toBeGreaterThan(-1);
    expect(failed).toBeGreaterThan(created);
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

describe('schema-guardian diff runs what the action runs', () => {
  it('diff --base main in a repository with a new migration prints the comment and the findings the action posts', async () => {
    // A developer's clone: main at the base, a feature branch with the new migration.
    const clone = track(checkoutCommit(repo.origin, repo.baseSha, { history: true }));
    git(clone, 'checkout', '-q', '-b', 'main');
    git(clone, 'checkout', '-q', '-b', 'feature');
    head = commitFiles(clone, { [PROJECTS_FILE]: PROJECTS });
    const action = await runAction({}, { in: clone, event: prEvent({ headSha: head }) });
    const cli = (format: string) => spawnSync(process.execPath, [CLI, 'diff', '--base', 'main', WD, '--format', format], { cwd: clone, encoding: 'utf8' });

    const markdown = cli('markdown');
    expect(markdown.status).toBe(1);
    expect(`${MARKER}\n\n${markdown.stdout.replace(/\n$/, '')}`).toBe(gh.issueComments(42)[0].body);
    const json = JSON.parse(cli('json').stdout) as { findings: unknown[]; status: string; base: string; head: string };
    expect(json.findings).toEqual(JSON.parse(readFileSync(action.outputs['json-path'], 'utf8')).findings);
    expect(json).toMatchObject({ status: 'fail', base: repo.baseSha, head });
    expect(cli('text').stdout.split('\n').slice(0, 3)).toEqual([
      `${PROJECTS_FILE.slice(WD.length + 1)}:1 error missing-rls Table public.projects is in the exposed schema public but row level security is not enabled: any client holding the public API key can read and change every row. (new)`,
      `${PROJECTS_FILE.slice(WD.length + 1)}:1 warning non-idempotent-ddl Fails when the migration runs again: relation "projects" already exists. (new)`,
      `${M.slice(WD.length + 1)}/20240101000000_init.sql:4 error missing-rls Table public.legacy is in the exposed schema public but row level security is not enabled: any client holding the public API key can read and change every row. (existing)`,
    ]);
  });
});
