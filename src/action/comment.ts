import { httpStatus, type Octokit } from './octokit.js';

/** GitHub rejects a comment body longer than this (422). */
export const BODY_LIMIT = 65_536;

/** Author login of comments made with a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token comments as, asked the way sticky-comment actions ask: GraphQL `viewer` answers every kind of token
 * (`github-actions[bot]` for GITHUB_TOKEN, `<app-slug>[bot]` for a GitHub App's installation token, the user for a
 * personal token), where REST `GET /user` refuses installation tokens. When the query is refused, GITHUB_TOKEN's bot is
 * assumed, and the author GitHub returns for a comment this run posts corrects it (see upsertStickyComment).
 */
export async function commentAuthor(octokit: Octokit): Promise<{ login: string; assumed: boolean }> {
  try {
    const { viewer } = await octokit.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }');
    if (viewer?.login) return { login: viewer.login, assumed: false };
  } catch {
    // Refused (an old GitHub Enterprise, a token without GraphQL): fall through to the assumption.
  }
  return { login: ACTIONS_BOT, assumed: true };
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
  /** Base wait before re-trying a create that failed with 5xx. */
  retryAfterMs: number;
}

export interface StickyOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  id?: number;
  /** Duplicates deleted: left by earlier races, or this run's own comment when another run's was there first. */
  deleted: number[];
  /** Another run posted its comment between this run's listing and its post, and kept it. */
  lostRace?: boolean;
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
 * Brings the one sticky comment up to date: found by marker and author across every page, edited only when its body
 * differs, created when absent, duplicates deleted (the oldest is kept). A create is never blindly repeated: a failed
 * POST may have been applied, so the comments are listed again before the next attempt. After a create the comments
 * are listed again too: two runs that listed before either posted both create, and the oldest comment wins — the
 * loser deletes its own and brings the winner up to date. A comment already deleted (404) counts as deleted.
 */
export async function upsertStickyComment(octokit: Octokit, target: StickyTarget, body: string, options: StickyOptions): Promise<StickyOutcome> {
  const full = finalBody(body, target.marker);
  const where = { owner: target.owner, repo: target.repo };
  const ours = async (author: string) => {
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.issueNumber, per_page: 100 });
    return all.filter((c) => c.user?.login === author && c.body?.includes(target.marker)).sort((a, b) => a.id - b.id);
  };
  const remove = async (id: number) => {
    try {
      await octokit.rest.issues.deleteComment({ ...where, comment_id: id });
    } catch (e) {
      if (httpStatus(e) !== 404) throw e;
    }
  };
  const keep = async (kept: { id: number; body?: string }, deleted: number[]): Promise<StickyOutcome> => {
    const changed = kept.body !== full;
    if (changed) await octokit.rest.issues.updateComment({ ...where, comment_id: kept.id, body: full });
    return { action: changed ? 'updated' : 'unchanged', id: kept.id, deleted };
  };

  for (let attempt = 1; ; attempt++) {
    const [kept, ...extra] = await ours(target.author);
    if (kept) {
      const outcome = await keep(kept, extra.map((c) => c.id));
      for (const c of extra) await remove(c.id);
      return outcome;
    }
    if (!options.create) return { action: 'skipped', deleted: [] };
    let created: { id: number; user?: { login?: string } | null };
    try {
      created = (await octokit.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body: full, request: { retries: 0 } })).data;
    } catch (e) {
      if (!isTransient(e) || attempt === CREATE_ATTEMPTS) throw e;
      await new Promise((resolve) => setTimeout(resolve, options.retryAfterMs * attempt ** 2));
      continue;
    }
    // GitHub names the author of what it just created: the truth, even where the token's identity was assumed.
    const [first] = await ours(created.user?.login ?? target.author);
    if (!first || first.id >= created.id) return { action: 'created', id: created.id, deleted: [] };
    await remove(created.id);
    return { ...(await keep(first, [created.id])), lostRace: true };
  }
}

function isTransient(e: unknown): boolean {
  return (httpStatus(e) ?? 0) >= 500;
}
