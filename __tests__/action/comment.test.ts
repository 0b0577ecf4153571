import { ACTIONS_BOT, BODY_LIMIT, commentAuthor, commentMarker, finalBody, upsertStickyComment, type StickyTarget } from '../../src/action/comment.js';
import { createOctokit } from '../../src/action/octokit.js';
import { APP_LOGIN, APP_TOKEN, BOT, FakeGitHub, PERSONAL_LOGIN, PERSONAL_TOKEN, READ_TOKEN, WRITE_TOKEN } from '../helpers/fake-github.js';

const marker = commentMarker('.');
const target: StickyTarget = { owner: 'acme', repo: 'app', issueNumber: 7, marker, author: BOT };
const LIST = '/repos/acme/app/issues/7/comments?per_page=100';
const options = { create: true, retryAfterMs: 1 };

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(() => gh.stop());

const octokit = (token = WRITE_TOKEN) => createOctokit(token, gh.url, { retryAfterMs: 1, maxWaitMs: 5000 });
const calls = () => gh.requests.map((r) => `${r.method} ${r.path}`);

describe('upsertStickyComment', () => {
  it('creates the comment when none exists, then lists again to see whether another run posted first', async () => {
    const outcome = await upsertStickyComment(octokit(), target, 'report', options);
    expect(gh.requests).toEqual([
      { method: 'GET', path: LIST },
      { method: 'POST', path: '/repos/acme/app/issues/7/comments', body: { body: `${marker}\nreport` } },
      { method: 'GET', path: LIST },
    ]);
    expect(outcome).toEqual({ action: 'created', id: 1000, deleted: [] });
  });

  it('edits its own comment, and sends nothing when the body is unchanged', async () => {
    const mine = gh.addComment(7, BOT, `${marker}\nold`);
    expect(await upsertStickyComment(octokit(), target, 'new', options)).toEqual({ action: 'updated', id: mine.id, deleted: [] });
    expect(await upsertStickyComment(octokit(), target, 'new', options)).toEqual({ action: 'unchanged', id: mine.id, deleted: [] });
    expect(gh.requests).toEqual([
      { method: 'GET', path: LIST },
      { method: 'PATCH', path: `/repos/acme/app/issues/comments/${mine.id}`, body: { body: `${marker}\nnew` } },
      { method: 'GET', path: LIST },
    ]);
  });

  it('pages through 150 comments by following Link, ignoring the marker quoted by people and other directories', async () => {
    for (let i = 0; i < 150; i++) gh.addComment(7, i % 10 === 0 ? 'octocat' : 'someone', i % 10 === 0 ? `> ${marker}\n> quoted` : `comment ${i}`);
    gh.addComment(7, BOT, `${commentMarker('apps/api')}\nother directory`);
    await upsertStickyComment(octokit(), target, 'report', options);
    expect(calls()).toEqual([
      `GET ${LIST}`,
      'GET /repositories/1/issues/7/comments?per_page=100&page=2',
      'POST /repos/acme/app/issues/7/comments',
      `GET ${LIST}`,
      'GET /repositories/1/issues/7/comments?per_page=100&page=2',
    ]);
    expect(gh.issueComments(7)).toHaveLength(152);
  });

  it('keeps the oldest of several marker comments and deletes the rest', async () => {
    const oldest = gh.addComment(7, BOT, `${marker}\nfirst`);
    const dupe = gh.addComment(7, BOT, `${marker}\nsecond`);
    const outcome = await upsertStickyComment(octokit(), target, 'third', options);
    expect(outcome).toEqual({ action: 'updated', id: oldest.id, deleted: [dupe.id] });
    expect(gh.requests.slice(1)).toEqual([
      { method: 'PATCH', path: `/repos/acme/app/issues/comments/${oldest.id}`, body: { body: `${marker}\nthird` } },
      { method: 'DELETE', path: `/repos/acme/app/issues/comments/${dupe.id}` },
    ]);
  });

  it('with create off, leaves a PR without a comment alone but still updates an existing one', async () => {
    expect(await upsertStickyComment(octokit(), target, 'all clear', { ...options, create: false })).toEqual({ action: 'skipped', deleted: [] });
    const mine = gh.addComment(7, BOT, `${marker}\nfindings`);
    expect(await upsertStickyComment(octokit(), target, 'all clear', { ...options, create: false })).toMatchObject({ action: 'updated', id: mine.id });
  });

  it('retries a listing that failed with 502 (retry plugin)', async () => {
    gh.failNext(502);
    expect(await upsertStickyComment(octokit(), target, 'report', options)).toMatchObject({ action: 'created' });
    expect(calls()).toEqual([`GET ${LIST}`, `GET ${LIST}`, 'POST /repos/acme/app/issues/7/comments', `GET ${LIST}`]);
  });

  it('after a create that failed with 502, lists again before posting again: one comment', async () => {
    gh.failNext(502, { method: 'POST' });
    expect(await upsertStickyComment(octokit(), target, 'report', options)).toMatchObject({ action: 'created' });
    expect(calls()).toEqual([`GET ${LIST}`, 'POST /repos/acme/app/issues/7/comments', `GET ${LIST}`, 'POST /repos/acme/app/issues/7/comments', `GET ${LIST}`]);
    expect(gh.issueComments(7)).toHaveLength(1);
  });

  it('does not post twice when the create that failed with 502 had in fact been applied', async () => {
    gh.failNext(502, { method: 'POST', afterApplying: true });
    expect(await upsertStickyComment(octokit(), target, 'report', options)).toEqual({ action: 'unchanged', id: 1000, deleted: [] });
    expect(calls()).toEqual([`GET ${LIST}`, 'POST /repos/acme/app/issues/7/comments', `GET ${LIST}`]);
    expect(gh.issueComments(7)).toHaveLength(1);
  });

  it('gives up after three creates that failed with 503', async () => {
    gh.failNext(503, { method: 'POST', times: 5 });
    await expect(upsertStickyComment(octokit(), target, 'report', options)).rejects.toMatchObject({ status: 503 });
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
  });

  it('two runs that both listed before either posted: the later comment is deleted and the earlier brought up to date', async () => {
    gh.hold('GET', 2);
    gh.hold('POST', 2);
    const [first, second] = await Promise.all([
      upsertStickyComment(octokit(), target, 'first run', options),
      upsertStickyComment(octokit(), target, 'second run', options),
    ]);
    expect([first, second].sort((a, b) => Number(a.lostRace ?? false) - Number(b.lostRace ?? false))).toEqual([
      { action: 'created', id: 1000, deleted: [] },
      { action: 'updated', id: 1000, deleted: [1001], lostRace: true },
    ]);
    expect(calls().slice(0, 4)).toEqual([`GET ${LIST}`, `GET ${LIST}`, 'POST /repos/acme/app/issues/7/comments', 'POST /repos/acme/app/issues/7/comments']);
    expect(calls().slice(4).sort()).toEqual([`GET ${LIST}`, `GET ${LIST}`, 'DELETE /repos/acme/app/issues/comments/1001', 'PATCH /repos/acme/app/issues/comments/1000'].sort());
    // The run that lost wrote last: its body stands, in the one comment.
    const loser = first.lostRace ? 'first run' : 'second run';
    expect(gh.issueComments(7).map((c) => c.body)).toEqual([`${marker}\n${loser}`]);
  });

  it('a duplicate that is already gone (DELETE → 404) counts as deleted', async () => {
    const oldest = gh.addComment(7, BOT, `${marker}\nreport`);
    const dupe = gh.addComment(7, BOT, `${marker}\nreport`);
    gh.failNext(404, { method: 'DELETE', afterApplying: true, message: 'Not Found' });
    expect(await upsertStickyComment(octokit(), target, 'report', options)).toEqual({ action: 'unchanged', id: oldest.id, deleted: [dupe.id] });
  });

  it('waits the retry-after of a 429 or a secondary rate limit, and gives up at once when it is longer than the cap', async () => {
    gh.failNext(403, { method: 'POST', message: 'You have exceeded a secondary rate limit.', headers: { 'retry-after': '0' } });
    expect(await upsertStickyComment(octokit(), target, 'report', options)).toMatchObject({ action: 'created' });
    expect(calls()).toEqual([`GET ${LIST}`, 'POST /repos/acme/app/issues/7/comments', 'POST /repos/acme/app/issues/7/comments', `GET ${LIST}`]);
    gh.failNext(429, { method: 'GET', message: 'Too many requests', headers: { 'retry-after': '6' }, times: 1 });
    await expect(upsertStickyComment(octokit(), target, 'report', options)).rejects.toMatchObject({ status: 429 });
  });

  it('surfaces 403 for a read-only token', async () => {
    await expect(upsertStickyComment(octokit(READ_TOKEN), target, 'report', options)).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
  });
});

describe('commentAuthor', () => {
  it.each([
    ['GITHUB_TOKEN', WRITE_TOKEN, BOT],
    ['a GitHub App installation token', APP_TOKEN, APP_LOGIN],
    ['a personal token', PERSONAL_TOKEN, PERSONAL_LOGIN],
  ])('asks GraphQL viewer who %s comments as', async (_kind, token, login) => {
    expect(await commentAuthor(octokit(token))).toEqual({ login, assumed: false });
    expect(gh.requests).toEqual([{ method: 'POST', path: '/graphql', body: { query: 'query { viewer { login } }' } }]);
  });

  it('assumes github-actions[bot] when GraphQL is refused', async () => {
    gh.refuseGraphql();
    expect(await commentAuthor(octokit(APP_TOKEN))).toEqual({ login: ACTIONS_BOT, assumed: true });
  });
});

describe('finalBody', () => {
  it('adds the marker only when the renderer did not', () => {
    expect(finalBody(`${marker}\nx`, marker)).toBe(`${marker}\nx`);
    expect(finalBody('x', marker)).toBe(`${marker}\nx`);
  });

  it('cuts an oversized body to the limit with a note, never inside a surrogate pair', () => {
    const body = finalBody('😀'.repeat(BODY_LIMIT), marker);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body).toMatch(/the full report is in the job summary\._\n$/);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
