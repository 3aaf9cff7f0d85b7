import { STATUS_CODES } from 'node:http';
import type { FastifySchema, RouteOptions } from 'fastify';
import { type ApiResponse, listOperations, type OpenApiDocument } from './document.ts';

/**
 * What the route schemas cannot say by themselves, added to the generated document:
 * - public routes (`config.access: 'public'`) get `security: []`, and every operation gets
 *   `x-meridian-access` (`public`, `user` or `member`), so that clients and the reference page
 *   know which calls need credentials;
 * - error responses are `application/problem+json`, which is what the error handler sends;
 * - responses are described by their status instead of "Default Response".
 */
export function createDocumentTransforms() {
  const accessByOperationId = new Map<string, string>();

  const transform = ({ schema, url, route }: { schema: FastifySchema; url: string; route: RouteOptions }) => {
    const operationId = (schema as { operationId?: unknown } | undefined)?.operationId;
    if (typeof operationId === 'string') accessByOperationId.set(operationId, route.config?.access ?? 'member');
    return { schema, url };
  };

  const transformObject = (documentObject: { openapiObject: unknown } | { swaggerObject: unknown }) => {
    const doc = (
      'openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject
    ) as OpenApiDocument;
    for (const { operation } of listOperations(doc)) {
      const access = operation.operationId ? accessByOperationId.get(operation.operationId) : undefined;
      if (access) operation['x-meridian-access'] = access;
      if (access === 'public') operation.security = [];
      for (const [status, response] of Object.entries(operation.responses ?? {})) describeResponse(status, response);
    }
    return doc as Record<string, unknown>;
  };

  return { transform, transformObject };
}

const isProblemSchema = (schema: unknown): boolean => {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return !!properties && 'code' in properties && 'title' in properties && 'status' in properties;
};

function describeResponse(status: string, response: ApiResponse): void {
  const isError = /^[45]/.test(status) || status === 'default';
  const json = response.content?.['application/json'];
  if (isError && response.content && json && isProblemSchema(json.schema)) {
    const { 'application/json': _, ...rest } = response.content;
    response.content = { 'application/problem+json': json, ...rest };
  }
  if (response.description && response.description !== 'Default Response') return;
  if (/^\dXX$/i.test(status)) {
    response.description = status.startsWith('4')
      ? 'Client error (problem details with a stable `code`)'
      : 'Server error';
    return;
  }
  response.description = STATUS_CODES[status] ?? (status === 'default' ? 'Other responses' : `Status ${status}`);
}
