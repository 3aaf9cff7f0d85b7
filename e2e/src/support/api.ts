// A small Meridian API client for Node: arranges data quickly (sign-ups, invitations, teams) and
// checks what the browser did, with the session cookie and the CSRF token like the web app.
import type { CreatedApiToken, Me, Member, Team } from '@meridian/contracts';
import type { BrowserContext } from 'playwright-core';

export const SESSION_COOKIE = 'meridian_session';

export type ApiAnswer<T = unknown> = { status: number; body: T; headers: Headers };

export class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${path} answered ${status}: ${JSON.stringify(body)}`);
  }
}

export type Credentials = { email: string; password: string };

export class ApiSession {
  private csrfToken: string | null = null;

  private constructor(
    readonly baseURL: string,
    private cookie: string | null,
    readonly credentials: Credentials,
  ) {}

  /** Creates an account and its organisation (POST /auth/signup), signed in. */
  static async signUp(
    baseURL: string,
    input: { name: string; email: string; password: string; orgName: string; locale?: 'zh-CN' | 'en' },
  ): Promise<ApiSession> {
    const session = new ApiSession(baseURL, null, { email: input.email, password: input.password });
    await session.call('POST', '/auth/signup', { timeZone: 'Asia/Shanghai', locale: 'zh-CN', ...input }, 201);
    await session.me();
    return session;
  }

  static async signIn(baseURL: string, credentials: Credentials): Promise<ApiSession> {
    const session = new ApiSession(baseURL, null, credentials);
    await session.call('POST', '/auth/login', { ...credentials, remember: false }, 200);
    await session.me();
    return session;
  }

  /** Accepts an invitation with a new account (POST /invitations/accept), signed in as that account. */
  static async acceptInvitation(
    baseURL: string,
    acceptUrl: string,
    input: { name: string; email: string; password: string },
  ): Promise<ApiSession> {
    const token = new URL(acceptUrl).searchParams.get('token');
    if (!token) throw new Error(`No token in ${acceptUrl}`);
    const session = new ApiSession(baseURL, null, { email: input.email, password: input.password });
    await session.call('POST', '/invitations/accept', { token, name: input.name, password: input.password }, 200);
    await session.me();
    return session;
  }

  get sessionToken(): string {
    if (!this.cookie) throw new Error('Not signed in');
    return this.cookie;
  }

  async me(): Promise<Me> {
    const me = await this.call<Me>('GET', '/me', undefined, 200);
    this.csrfToken = me.csrfToken;
    return me;
  }

  /** Invites an e-mail address and answers the accept link (the same the invite modal shows). */
  async invite(email: string, role = 'member'): Promise<string> {
    const invitation = await this.call<{ acceptUrl: string }>('POST', '/invitations', { email, role }, 201);
    return invitation.acceptUrl;
  }

  async createTeam(body: { name: string; description?: string; parentId?: string | null }): Promise<Team> {
    return this.call<Team>('POST', '/teams', body, 201);
  }

  async teams(): Promise<Team[]> {
    return (await this.call<{ items: Team[] }>('GET', '/teams?limit=200', undefined, 200)).items;
  }

  async members(): Promise<Member[]> {
    return (await this.call<{ items: Member[] }>('GET', '/members?limit=200', undefined, 200)).items;
  }

  async createToken(name: string, scope: 'read' | 'read-write'): Promise<CreatedApiToken> {
    return this.call<CreatedApiToken>('POST', '/tokens', { name, scope, expiresInDays: 7 }, 201);
  }

  /** One request; throws ApiError unless the status is the expected one (when given). */
  async call<T = unknown>(method: string, path: string, body?: unknown, expected?: number): Promise<T> {
    const answer = await this.request<T>(method, path, body);
    if (expected !== undefined && answer.status !== expected)
      throw new ApiError(method, path, answer.status, answer.body);
    return answer.body;
  }

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.cookie) headers.Cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (method !== 'GET' && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    const response = await fetch(`${this.baseURL}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const match = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(line);
      if (match) this.cookie = match[1] || null;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  /** Signs a browser context in as this session (the same cookie the server set). */
  async signInBrowser(context: BrowserContext): Promise<void> {
    await context.addCookies([
      { name: SESSION_COOKIE, value: this.sessionToken, url: this.baseURL, httpOnly: true, sameSite: 'Lax' },
    ]);
  }
}

/** GET /api/v1/me with a bearer token, as an integration script would. */
export async function fetchMeWithToken(baseURL: string, token: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseURL}/api/v1/me`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Keep the text.
  }
  return { status: response.status, body };
}
