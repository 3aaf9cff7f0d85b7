/** HTTP load with autocannon: N keep-alive connections, one request in flight on each, for a fixed time. */
import autocannon from 'autocannon';
import { type RunStats, summarise } from './stats.ts';

/** A request whose path and body may change on every call (random member, toggled role); bodies are JSON. */
export type ApiRequest = { method: 'GET' | 'PATCH' | 'POST'; next(): { path: string; body?: string } };

export type ApiStats = RunStats & {
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

export async function runApiLoad(options: {
  baseUrl: string;
  token: string;
  connections: number;
  durationSec: number;
  request: ApiRequest;
}): Promise<ApiStats> {
  const { request } = options;
  const headers: Record<string, string> = { authorization: `Bearer ${options.token}` };
  if (request.method !== 'GET') headers['content-type'] = 'application/json';
  // Our own latency samples: autocannon's histogram keeps whole milliseconds only.
  const latencies: number[] = [];
  const start = performance.now();
  let end = start;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.durationSec,
        pipelining: 1,
        timeout: 10,
        headers,
        requests: [
          {
            method: request.method,
            setupRequest: (req) => ({ ...req, ...request.next() }),
          },
        ],
      },
      (error, result) => {
        end = performance.now();
        if (error) reject(error);
        else resolve(result);
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, (stat as { count: number }).count]),
  );
  const stats = summarise(latencies, result.non2xx + result.errors, end - start);
  return {
    ...stats,
    non2xx: result.non2xx,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    statusCodes,
  };
}
