import type { FastifyInstance, InjectOptions } from 'fastify';

// biome-ignore lint/suspicious/noExplicitAny: tests read API answers loosely and assert on them.
type Loose = any;

export type Reply<T = Loose> = {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
};

type RequestOptions = {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
};

/**
 * An HTTP client for one person: it keeps the session cookie and sends the CSRF header on
 * writes, as the web app does. Requests go through the whole Fastify stack (inject).
 */
export class Agent {
  cookie: string | null = null;
  csrfToken: string | null = null;
  bearer: string | null = null;
  userId: string | null = null;
  orgId: string | null = null;
  email: string | null = null;
  password: string | null = null;

  constructor(
    readonly app: FastifyInstance,
    readonly ip = '127.0.0.1',
  ) {}

  async request<T = Loose>(
    method: InjectOptions['method'],
    url: string,
    options: RequestOptions = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = {
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 test',
      ...options.headers,
    };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && method !== 'GET' && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrfToken;
    const query = options.query
      ? Object.fromEntries(
          Object.entries(options.query)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, String(v)]),
        )
      : undefined;
    const response = await this.app.inject({
      method,
      url,
      query,
      headers,
      remoteAddress: this.ip,
      ...(options.body !== undefined ? { payload: options.body as InjectOptions['payload'] } : {}),
    });
    const setCookie = response.cookies.find((c) => c.name === 'meridian_session');
    if (setCookie) this.cookie = setCookie.value ? `meridian_session=${setCookie.value}` : null;
    let body: unknown = response.body;
    const type = String(response.headers['content-type'] ?? '');
    if (type.includes('json') && response.body) body = JSON.parse(response.body);
    if (body && typeof body === 'object' && 'csrfToken' in body && 'user' in body) {
      const me = body as { csrfToken: string | null; user: { id: string }; org: { id: string } | null };
      this.csrfToken = me.csrfToken;
      this.userId = me.user.id;
      this.orgId = me.org?.id ?? null;
    }
    return { status: response.statusCode, body: body as T, headers: response.headers, text: response.body };
  }

  get<T = Loose>(url: string, options?: RequestOptions) {
    return this.request<T>('GET', url, options);
  }
  post<T = Loose>(url: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', url, { ...options, body: body ?? {} });
  }
  patch<T = Loose>(url: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', url, { ...options, body: body ?? {} });
  }
  put<T = Loose>(url: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', url, { ...options, body: body ?? {} });
  }
  delete<T = Loose>(url: string, options?: RequestOptions) {
    return this.request<T>('DELETE', url, options);
  }

  /** A copy that sends a bearer token instead of the cookie. */
  withToken(token: string): Agent {
    const agent = new Agent(this.app, this.ip);
    agent.bearer = token;
    agent.userId = this.userId;
    agent.orgId = this.orgId;
    return agent;
  }
}
