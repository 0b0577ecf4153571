import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';

/** The Octokit that @actions/github builds; passed in so tests can point a real one at a local fake. */
export type Octokit = ReturnType<typeof getOctokit>;

export interface RetryOptions {
  /** Base wait before re-trying a request that failed with 5xx (the retry plugin waits it × 1, 4, 9). */
  retryAfterMs: number;
  /** The longest wait a rate limit is honoured with; one asking for more gives the request up at once. */
  maxWaitMs: number;
}

/** Rate-limited requests are tried again this many times at most. */
const RATE_LIMIT_RETRIES = 2;
/** GitHub's advice for a secondary rate limit that names no time: wait at least a minute. */
const SECONDARY_DEFAULT_WAIT_MS = 60_000;
// The retry plugin's own list, plus 429: its backoff ignores `retry-after`, which the wrapper below honours.
const NOT_RETRIED_BY_PLUGIN = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * Octokit with bounded retries: 5xx by the retry plugin; rate limits (429, and 403 for a secondary or exhausted limit)
 * after the wait GitHub asks for, when that wait is at most `maxWaitMs`. A rate-limited request was not applied, so
 * even a create is safe to send again.
 */
export function createOctokit(token: string, baseUrl: string, { retryAfterMs, maxWaitMs }: RetryOptions): Octokit {
  const octokit = getOctokit(token, { baseUrl, retry: { retryAfterBaseValue: retryAfterMs, doNotRetry: NOT_RETRIED_BY_PLUGIN } }, retry);
  octokit.hook.wrap('request', async (request, options) => {
    for (let retried = 0; ; retried++) {
      try {
        return await request(options);
      } catch (e) {
        const wait = rateLimitWait(e);
        if (wait === undefined || wait > maxWaitMs || retried === RATE_LIMIT_RETRIES) throw e;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  });
  return octokit;
}

/** How long GitHub asks a rate-limited request to wait, in ms; undefined when the failure is not a rate limit. */
export function rateLimitWait(e: unknown, now = Date.now()): number | undefined {
  const status = httpStatus(e);
  const headers = (e as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers ?? {};
  const exhausted = String(headers['x-ratelimit-remaining']) === '0';
  const secondary = /secondary rate limit/i.test(String((e as { message?: unknown } | null)?.message ?? ''));
  if (status !== 429 && !(status === 403 && (secondary || exhausted))) return undefined;
  const retryAfter = Number(headers['retry-after']);
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return Math.max(0, retryAfter * 1000);
  const reset = Number(headers['x-ratelimit-reset']);
  if (exhausted && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  return SECONDARY_DEFAULT_WAIT_MS;
}

/** HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
