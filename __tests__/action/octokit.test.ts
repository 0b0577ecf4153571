import { rateLimitWait } from '../../src/action/octokit.js';

/** A RequestError as Octokit throws it: status, message, and the response's (lower-case) headers. */
const failure = (status: number, message: string, headers: Record<string, string> = {}) => ({ status, message, response: { headers } });
const NOW = 1_700_000_000_000;

describe('rateLimitWait', () => {
  it.each([
    ['a 429 with retry-after', failure(429, 'Too many requests', { 'retry-after': '7' }), 7000],
    ['a secondary rate limit (403) with retry-after', failure(403, 'You have exceeded a secondary rate limit.', { 'retry-after': '30' }), 30_000],
    ['a secondary rate limit naming no time: a minute, as GitHub advises', failure(403, 'You have exceeded a secondary rate limit.'), 60_000],
    ['an exhausted primary limit: until x-ratelimit-reset', failure(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 90) }), 90_000],
    ['a 429 naming no time', failure(429, 'Too many requests'), 60_000],
    ['a read-only token (403, not a limit)', failure(403, 'Resource not accessible by integration'), undefined],
    ['a server error', failure(502, 'Server Error'), undefined],
    ['not an HTTP error', new Error('socket hang up'), undefined],
  ])('%s → %s ms', (_name, error, wait) => {
    expect(rateLimitWait(error, NOW)).toBe(wait);
  });
});
