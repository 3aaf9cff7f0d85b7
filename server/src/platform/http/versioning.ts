import type { FastifyRequest } from 'fastify';
import { AppError, fieldError } from '#platform/errors/app-error.ts';

/**
 * The version the client last saw, from `If-Match: "3"` or the body's `version`. A write
 * without either is accepted (last writer wins) only where the route allows it.
 */
export function expectedVersion(request: FastifyRequest, bodyVersion: number | undefined): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return bodyVersion;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(String(header).trim());
  if (!match || Number(match[1]) < 1 || Number(match[1]) > MAX_VERSION) {
    throw new AppError('validation_failed', {
      fields: [fieldError('if-match', 'format', 'If-Match must be a version such as "3"', 'headers')],
    });
  }
  return Number(match[1]);
}

/** Versions are PostgreSQL integers. */
export const MAX_VERSION = 2_147_483_647;

export function versionConflict(current: unknown): AppError {
  return new AppError('version_conflict', { detail: 'Reload to see the current version', current });
}
