import type { getOctokit } from '@actions/github';

/** The Octokit that @actions/github builds; passed in so tests can point a real one at a local fake. */
export type Octokit = ReturnType<typeof getOctokit>;

/** GitHub rejects a comment body longer than this (422). */
export const BODY_LIMIT = 65_536;

/** Author login of comments made with a workflow's GITHUB_TOKEN (`GET /user` is closed to such tokens). */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Whose comments are ours. An installation token (`ghs_`, as GITHUB_TOKEN is) comments as github-actions[bot] and
 * may not ask; a personal token comments as its user, so a run with one must look for that user's comment, or it
 * would post a new one every time.
 */
export async function commentAuthor(octokit: Octokit, token: string): Promise<string> {
  if (token.startsWith('ghs_')) return ACTIONS_BOT;
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return ACTIONS_BOT;
  }
}

/** Where the sticky comment lives and how to recognise it. */
export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Hidden HTML comment that only this action's comment for this working directory carries. */
  marker: string;
  /** Login the token posts as: a marker quoted by someone else is not ours. */
  author: string;
}

export interface StickyOptions {
  /** Create the comment when none exists (an existing one is always brought up to date). */
  create: boolean;
  /** Base wait before re-trying a create that failed with 5xx / 429. */
  retryAfterMs: number;
}

export interface StickyOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  id?: number;
  /** Duplicates left by earlier races, deleted. */
  deleted: number[];
}

const CREATE_ATTEMPTS = 3;
const TRUNCATED = '\n\n_…the report was cut to fit a comment; the full report is in the job summary._\n';

/** The marker of one working directory's comment. */
export function commentMarker(workingDirectory: string): string {
  return `<!-- schema-guardian:${workingDirectory} -->`;
}

/** Puts the marker in and keeps the body within GitHub's limit, whatever the renderer produced. */
export function finalBody(markdown: string, marker: string): string {
  const body = markdown.includes(marker) ? markdown : `${marker}\n${markdown}`;
  if (body.length <= BODY_LIMIT) return body;
  const kept = body.slice(0, BODY_LIMIT - TRUNCATED.length);
  // Never leave half of a surrogate pair at the cut.
  return (/[\uD800-\uDBFF]$/.test(kept) ? kept.slice(0, -1) : kept) + TRUNCATED;
}

/**
 * Brings the one sticky comment up to date: found by marker and author across every page, edited only when its
 * body differs, created when absent, duplicates deleted (the oldest is kept). A create is never blindly repeated:
 * a failed POST may have been applied, so the comments are listed again before the next attempt.
 */
export async function upsertStickyComment(octokit: Octokit, target: StickyTarget, body: string, options: StickyOptions): Promise<StickyOutcome> {
  const full = finalBody(body, target.marker);
  const where = { owner: target.owner, repo: target.repo };
  for (let attempt = 1; ; attempt++) {
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.issueNumber, per_page: 100 });
    const [kept, ...extra] = all.filter((c) => c.user?.login === target.author && c.body?.includes(target.marker)).sort((a, b) => a.id - b.id);
    if (kept) {
      const changed = kept.body !== full;
      if (changed) await octokit.rest.issues.updateComment({ ...where, comment_id: kept.id, body: full });
      for (const c of extra) await octokit.rest.issues.deleteComment({ ...where, comment_id: c.id });
      return { action: changed ? 'updated' : 'unchanged', id: kept.id, deleted: extra.map((c) => c.id) };
    }
    if (!options.create) return { action: 'skipped', deleted: [] };
    try {
      const { data } = await octokit.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body: full, request: { retries: 0 } });
      return { action: 'created', id: data.id, deleted: [] };
    } catch (e) {
      if (!isTransient(e) || attempt === CREATE_ATTEMPTS) throw e;
      await new Promise((resolve) => setTimeout(resolve, options.retryAfterMs * attempt ** 2));
    }
  }
}

/** HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function isTransient(e: unknown): boolean {
  const status = httpStatus(e) ?? 0;
  return status >= 500 || status === 429;
}
