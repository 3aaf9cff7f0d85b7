import type { LightMyRequestResponse } from 'fastify';

export const POINTER_ROOTS = ['/body', '/querystring', '/params', '/headers'] as const;

type Problem = { code?: unknown; status?: unknown; errors?: unknown };

/** The JSON object of an answer's body, or null when it is not one. */
export function parseProblem(text: string): Problem | null {
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null ? (body as Problem) : null;
  } catch {
    return null;
  }
}

/**
 * What is wrong with a response by the contract every route shares: no 5xx; every 4xx is
 * `application/problem+json` with a `code` and the same `status`; every 422
 * `validation_failed` lists its fields, each with a pointer into the part of the request it
 * came from. An empty list means the response keeps the contract.
 */
export function contractViolations(response: LightMyRequestResponse): string[] {
  const status = response.statusCode;
  if (status >= 500) return [`${status} server error`];
  if (status < 400) return [];
  const out: string[] = [];
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) out.push(`${status} with content-type "${type}"`);
  const problem = parseProblem(response.body);
  if (!problem) return [...out, `${status} body is not JSON`];
  if (typeof problem.code !== 'string' || !problem.code) out.push(`${status} without a code`);
  if (problem.status !== status) out.push(`${status} with status ${String(problem.status)} in the body`);
  if (status === 422 && problem.code === 'validation_failed') {
    const errors = Array.isArray(problem.errors) ? (problem.errors as { pointer?: unknown }[]) : [];
    if (errors.length === 0) out.push('422 validation_failed with no errors[]');
    for (const error of errors) {
      const pointer = typeof error?.pointer === 'string' ? error.pointer : '';
      if (!POINTER_ROOTS.some((root) => pointer === root || pointer.startsWith(`${root}/`))) {
        out.push(`422 error with pointer "${pointer}"`);
      }
    }
  }
  return out;
}
