/**
 * A local stand-in for the slice of GitHub's API the action uses (issue comments, GraphQL `viewer`), behaving as
 * /work/shared/github-api-notes.md describes: token auth, read-only tokens, installation tokens that `GET /user`
 * refuses and GraphQL names `<app-slug>[bot]`, Link pagination with its own base URL, the 65,536-character body
 * limit, injectable failures (5xx, rate limits with their headers), GitHub Enterprise's `/api/v3` and `/api/graphql`
 * paths, and requests held back until others arrive, so races between runs really happen. Every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
}

export interface RecordedRequest {
  method: string;
  /** Path and query exactly as received. */
  path: string;
  body?: unknown;
}

export interface TokenIdentity {
  login: string;
  write: boolean;
}

export const BOT = 'github-actions[bot]';
export const WRITE_TOKEN = 'ghs_writeTokenForTests';
export const READ_TOKEN = 'ghs_readOnlyForkToken';
/** A GitHub App's installation token: `ghs_` like GITHUB_TOKEN, but it comments as the app's bot. */
export const APP_TOKEN = 'ghs_appInstallationTokenForTests';
export const APP_LOGIN = 'my-app[bot]';
/** A personal access token: comments as its user, who `GET /user` names. */
export const PERSONAL_TOKEN = 'ghp_personalTokenForTests';
export const PERSONAL_LOGIN = 'octocat';

const REPO_ID = 1;
const DOCS = 'https://docs.github.com/rest/issues/comments';
const TOO_LONG = {
  message: 'Validation Failed',
  errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }],
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '422',
};

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  private readonly comments = new Map<number, FakeComment[]>();
  /** When each recorded request arrived (ms since the epoch), in the order of `requests`. */
  readonly arrivals: number[] = [];
  private readonly tokens = new Map<string, TokenIdentity>([
    [WRITE_TOKEN, { login: BOT, write: true }],
    [APP_TOKEN, { login: APP_LOGIN, write: true }],
    [READ_TOKEN, { login: BOT, write: false }],
    [PERSONAL_TOKEN, { login: PERSONAL_LOGIN, write: true }],
  ]);
  private nextId = 1000;
  private failure: Failure | undefined;
  private readonly holds: Hold[] = [];
  private graphqlRefused = false;
  private server: Server | undefined;
  /** The server's root. */
  url = '';
  private readonly apiPrefix: string;
  private readonly graphqlPath: string;

  /** `enterprise`: GitHub Enterprise Server's layout, REST under `/api/v3` and GraphQL at `/api/graphql`. */
  constructor(private readonly owner = 'acme', private readonly repo = 'app', { enterprise = false } = {}) {
    this.apiPrefix = enterprise ? '/api/v3' : '';
    this.graphqlPath = enterprise ? '/api/graphql' : '/graphql';
  }

  /** What GITHUB_API_URL is on a runner talking to this server. */
  get apiUrl(): string {
    return this.url + this.apiPrefix;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((e) => (e ? reject(e) : resolve())));
  }

  /** Seeds a comment as if an earlier run or a person had written it. */
  addComment(issue: number, login: string, body: string): FakeComment {
    const comment: FakeComment = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } };
    this.comments.set(issue, [...this.issueComments(issue), comment]);
    return comment;
  }

  issueComments(issue: number): FakeComment[] {
    return this.comments.get(issue) ?? [];
  }

  /**
   * Answers the next `times` requests (of `method` to a path matching `path`, when given) with `status`, `message` and `headers`; with
   * afterApplying, a write takes effect before the error, as when GitHub's response is lost on the way back.
   */
  failNext(status = 502, { method, path, afterApplying = false, times = 1, message = 'Server Error', headers = {} }: Partial<Omit<Failure, 'status'>> = {}): void {
    this.failure = { status, method, path, afterApplying, times, message, headers };
  }

  /** Holds the next `count` requests of `method` (to a path matching `path`) until all of them have arrived. */
  hold(method: string, count: number, path = /./): void {
    this.holds.push({ method, path, count, waiting: [] });
  }

  /** GraphQL answers every query with an error, as when a token or an old server refuses it. */
  refuseGraphql(): void {
    this.graphqlRefused = true;
  }

  /** Forgets recorded requests, keeping the comments. */
  clearRequests(): void {
    this.requests.length = 0;
    this.arrivals.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => resolve(data));
    });
    const method = req.method ?? 'GET';
    const body = raw ? (JSON.parse(raw) as unknown) : undefined;
    this.requests.push(body === undefined ? { method, path: req.url ?? '' } : { method, path: req.url ?? '', body });
    this.arrivals.push(Date.now());
    await this.wait(method, req.url ?? '');

    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, payload === undefined ? headers : { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const error = (status: number, message: string, headers?: Record<string, string>) =>
      send(status, { message, documentation_url: DOCS, status: String(status) }, headers);

    const failure = this.failure && (this.failure.method ?? method) === method && (this.failure.path ?? /./).test(req.url ?? '') ? this.failure : undefined;
    if (failure && --failure.times === 0) this.failure = undefined;
    if (failure && !failure.afterApplying) return error(failure.status, failure.message, failure.headers);

    const identity = this.tokens.get(/^token (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
    if (!identity) return error(401, 'Bad credentials');

    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname === this.graphqlPath && method === 'POST') return this.graphql(body, identity, send);
    if (!url.pathname.startsWith(`${this.apiPrefix}/`)) return error(404, 'Not Found');
    const path = url.pathname.slice(this.apiPrefix.length);
    const list = new RegExp(`^/(?:repos/${this.owner}/${this.repo}|repositories/${REPO_ID})/issues/(\\d+)/comments$`).exec(path);
    const one = new RegExp(`^/repos/${this.owner}/${this.repo}/issues/comments/(\\d+)$`).exec(path);
    const writes = method !== 'GET';
    if (writes && !identity.write && (list || one)) return error(403, 'Resource not accessible by integration');
    const text = (body as { body?: unknown } | undefined)?.body;
    if (writes && method !== 'DELETE' && typeof text === 'string' && [...text].length > 65_536) return send(422, TOO_LONG);

    const respond = (status: number, payload?: unknown, headers?: Record<string, string>) =>
      failure ? error(failure.status, failure.message, failure.headers) : send(status, payload, headers);

    if (path === '/user' && method === 'GET') {
      // Installation tokens (GITHUB_TOKEN and every GitHub App's) may not ask who they are here.
      return identity.login.endsWith('[bot]') ? error(403, 'Resource not accessible by integration') : respond(200, { login: identity.login, type: 'User' });
    }
    if (list && method === 'GET') {
      const issue = Number(list[1]);
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = this.issueComments(issue);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string) => `<${this.apiUrl}/repositories/${REPO_ID}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links = [page < last && link(page + 1, 'next'), page < last && link(last, 'last'), page > 1 && link(1, 'first'), page > 1 && link(page - 1, 'prev')];
      const header = links.filter(Boolean).join(', ');
      return respond(200, all.slice((page - 1) * perPage, page * perPage), header ? { link: header } : {});
    }
    if (list && method === 'POST' && typeof text === 'string') {
      const comment = this.addComment(Number(list[1]), identity.login, text);
      return respond(201, comment);
    }
    if (one) {
      const id = Number(one[1]);
      const issue = [...this.comments.entries()].find(([, cs]) => cs.some((c) => c.id === id))?.[0];
      if (issue === undefined) return error(404, 'Not Found');
      if (method === 'PATCH' && typeof text === 'string') {
        const comment = this.issueComments(issue).find((c) => c.id === id)!;
        comment.body = text;
        return respond(200, comment);
      }
      if (method === 'DELETE') {
        this.comments.set(issue, this.issueComments(issue).filter((c) => c.id !== id));
        return respond(204);
      }
    }
    return error(404, 'Not Found');
  }

  /** Resolves once every request a hold expects has arrived; requests no hold matches pass at once. */
  private wait(method: string, path: string): Promise<void> {
    const hold = this.holds.find((h) => h.method === method && h.path.test(path));
    if (!hold) return Promise.resolve();
    return new Promise((resolve) => {
      hold.waiting.push(resolve);
      if (hold.waiting.length < hold.count) return;
      this.holds.splice(this.holds.indexOf(hold), 1);
      hold.waiting.forEach((release) => release());
    });
  }

  /** GraphQL as GitHub answers `query { viewer { login } }`: the login REST shows as a comment's author. */
  private graphql(body: unknown, identity: TokenIdentity, send: (status: number, payload?: unknown) => void): void {
    const query = String((body as { query?: unknown } | undefined)?.query ?? '');
    if (this.graphqlRefused || !/\bviewer\b/.test(query))
      return send(200, { data: null, errors: [{ type: 'FORBIDDEN', path: ['viewer'], message: 'Resource not accessible by integration' }] });
    send(200, { data: { viewer: { login: identity.login } } });
  }
}

interface Failure {
  status: number;
  method?: string;
  path?: RegExp;
  afterApplying: boolean;
  times: number;
  message: string;
  headers: Record<string, string>;
}

interface Hold {
  method: string;
  path: RegExp;
  count: number;
  waiting: (() => void)[];
}
