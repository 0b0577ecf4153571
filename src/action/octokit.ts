import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import type { Octokit } from './comment.js';

/** Octokit with bounded retries of 5xx and 429 (the plugin waits retryAfterMs × 1, 4, 9). */
export function createOctokit(token: string, baseUrl: string, retryAfterMs: number): Octokit {
  return getOctokit(token, { baseUrl, retry: { retryAfterBaseValue: retryAfterMs } }, retry);
}
