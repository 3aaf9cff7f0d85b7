import type { FuzzRequest } from './fuzz-requests.ts';

/**
 * The hostile feature of a request a failure most likely comes from, so that failures group
 * by cause and KNOWN_ISSUES can name one. The first feature found wins.
 */
export type Cause = 'nul-character' | 'lone-surrogate' | 'integer-overflow' | 'cursor' | 'other';

const INT_MAX = 2 ** 31 - 1;

function cursorText(url: string): string {
  const match = /[?&]cursor=([^&]*)/.exec(url);
  if (!match) return '';
  try {
    return Buffer.from(decodeURIComponent(match[1]!), 'base64url').toString('utf8');
  } catch {
    return '';
  }
}

function hugeNumberIn(payload: string | undefined, headers: Record<string, string>): boolean {
  const ifMatch = /\d+/.exec(headers['if-match'] ?? '');
  if (ifMatch && Number(ifMatch[0]) > INT_MAX) return true;
  if (payload === undefined) return false;
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    // Not JSON: look for long or exponent literals (1e309, 123456789012345678901234567890).
    return /\d{10,}|\de[+-]?\d{3}/i.test(payload);
  }
  const stack = [body];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'number' && (!Number.isFinite(value) || Math.abs(value) > INT_MAX)) return true;
    if (typeof value === 'object' && value !== null) stack.push(...Object.values(value));
  }
  return false;
}

/** Every hostile feature of a request that could explain a failure. */
export function causesOf(request: FuzzRequest): Cause[] {
  const text = `${request.url} ${request.payload ?? ''}`;
  const causes: Cause[] = [];
  if (/\\u0000|%00/i.test(text) || text.includes('\u0000') || cursorText(request.url).includes('\u0000'))
    causes.push('nul-character');
  if (/\\ud[89a-f][0-9a-f]{2}|%ED%[AB][0-9A-F]/i.test(text)) causes.push('lone-surrogate');
  if (hugeNumberIn(request.payload, request.headers)) causes.push('integer-overflow');
  if (/[?&]cursor=/.test(request.url)) causes.push('cursor');
  return causes.length > 0 ? causes : ['other'];
}
