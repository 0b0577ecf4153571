/**
 * A local stand-in for the slice of GitHub's REST API the action uses (issue comments), behaving as
 * /work/shared/github-api-notes.md describes: token auth, read-only tokens, Link pagination with its own
 * base URL, the 65,536-character body limit, and an injectable 5xx. Every request is recorded.
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
  private readonly tokens = new Map<string, TokenIdentity>([
    [WRITE_TOKEN, { login: BOT, write: true }],
    [READ_TOKEN, { login: BOT, write: false }],
    [PERSONAL_TOKEN, { login: PERSONAL_LOGIN, write: true }],
  ]);
  private nextId = 1000;
  private failure: { status: number; method?: string; afterApplying: boolean; times: number } | undefined;
  private server: Server | undefined;
  url = '';

  constructor(private readonly owner = 'acme', private readonly repo = 'app') {}

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
   * Answers the next `times` requests (of `method`, when given) with `status`; with afterApplying, a write takes
   * effect before the error, as when GitHub's response is lost on the way back.
   */
  failNext(status = 502, { method, afterApplying = false, times = 1 }: { method?: string; afterApplying?: boolean; times?: number } = {}): void {
    this.failure = { status, method, afterApplying, times };
  }

  /** Forgets recorded requests, keeping the comments. */
  clearRequests(): void {
    this.requests.length = 0;
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

    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, payload === undefined ? headers : { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const error = (status: number, message: string) => send(status, { message, documentation_url: DOCS, status: String(status) });

    const failure = this.failure && (this.failure.method ?? method) === method ? this.failure : undefined;
    if (failure && --failure.times === 0) this.failure = undefined;
    if (failure && !failure.afterApplying) return error(failure.status, 'Server Error');

    const identity = this.tokens.get(/^token (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
    if (!identity) return error(401, 'Bad credentials');

    const url = new URL(req.url ?? '/', this.url);
    const list = new RegExp(`^/(?:repos/${this.owner}/${this.repo}|repositories/${REPO_ID})/issues/(\\d+)/comments$`).exec(url.pathname);
    const one = new RegExp(`^/repos/${this.owner}/${this.repo}/issues/comments/(\\d+)$`).exec(url.pathname);
    const writes = method !== 'GET';
    if (writes && !identity.write && (list || one)) return error(403, 'Resource not accessible by integration');
    const text = (body as { body?: unknown } | undefined)?.body;
    if (writes && method !== 'DELETE' && typeof text === 'string' && [...text].length > 65_536) return send(422, TOO_LONG);

    const respond = (status: number, payload?: unknown, headers?: Record<string, string>) =>
      failure ? error(failure.status, 'Server Error') : send(status, payload, headers);

    if (url.pathname === '/user' && method === 'GET') {
      // Installation tokens (GITHUB_TOKEN among them) may not ask who they are.
      return identity.login === BOT ? error(403, 'Resource not accessible by integration') : respond(200, { login: identity.login, type: 'User' });
    }
    if (list && method === 'GET') {
      const issue = Number(list[1]);
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = this.issueComments(issue);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string) => `<${this.url}/repositories/${REPO_ID}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
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
}
