import type { FastifyInstance, InjectOptions } from 'fastify';
import {
  isPublicOperation,
  type JsonSchema,
  listOperations,
  type OpenApiDocument,
  type OperationEntry,
  type Parameter,
  parametersIn,
  requestBodySchema,
} from '#platform/openapi/document.ts';
import { exampleFromSchema } from '#platform/openapi/schema-example.ts';

/** RELIABILITY test 4: the only operations that answer without credentials (and are documented `security: []`). */
export const PUBLIC_OPERATIONS = [
  'getHealth',
  'getAuthConfig',
  'signup',
  'login',
  'logout',
  'requestPasswordReset',
  'resetPassword',
  'previewInvitation',
  'acceptInvitation',
];

/**
 * One operation of the generated OpenAPI document, as the sweeps use it. The list comes from
 * `app.swagger()`, so routes with `schema.hide` (the document itself, the reference page, the
 * realtime socket, the web app) are not part of it, and every new documented route is.
 */
export type SweepOperation = Omit<OperationEntry, 'method'> & {
  method: Uppercase<OperationEntry['method']>;
  isPublic: boolean;
  access: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: JsonSchema | null;
  /**
   * A body that passes validation: the required fields of the schema's example, or undefined
   * without a body. Optional fields are left out, so that an example id (a parent team that
   * does not exist) does not stop a request before the part under test.
   */
  validBody: unknown;
};

function requiredOnly(schema: JsonSchema, example: unknown): unknown {
  if (typeof example !== 'object' || example === null || Array.isArray(example)) return example;
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(Object.entries(example).filter(([key]) => required.has(key)));
}

export function documentOf(app: FastifyInstance): OpenApiDocument {
  return app.swagger() as OpenApiDocument;
}

export function sweepOperations(app: FastifyInstance): SweepOperation[] {
  const doc = documentOf(app);
  return listOperations(doc).map((entry) => {
    const body = requestBodySchema(entry.operation);
    return {
      ...entry,
      method: entry.method.toUpperCase() as SweepOperation['method'],
      isPublic: isPublicOperation(doc, entry.operation),
      access: entry.operation['x-meridian-access'] ?? 'member',
      pathParams: parametersIn(entry.operation, 'path'),
      queryParams: parametersIn(entry.operation, 'query'),
      body,
      validBody: body ? requiredOnly(body, exampleFromSchema(doc, body)) : undefined,
    };
  });
}

/** The path with `{name}` replaced by the given values, percent-encoded unless `raw`. */
/**
 * Path parameters that are not ids, with a valid value that names nothing: a task or project key,
 * a reaction's emoji. The sweeps fill them with these and vary only the ids.
 */
export const NON_ID_PARAMS: Record<string, string> = { key: 'NOPE-404', emoji: '👍' };

export function fillPath(path: string, values: Record<string, string>, raw = false): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name] ?? NON_ID_PARAMS[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return raw ? value : encodeURIComponent(value);
  });
}

/** An inject request for an operation with a valid body where it takes one (methods with a body only). */
export function requestFor(op: SweepOperation, url: string, headers: Record<string, string> = {}): InjectOptions {
  const payload = op.body
    ? JSON.stringify(op.validBody)
    : op.method === 'GET' || op.method === 'DELETE'
      ? undefined
      : '{}';
  return {
    method: op.method,
    url,
    headers: {
      'user-agent': 'meridian-sweep',
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(payload === undefined ? {} : { payload }),
  };
}
