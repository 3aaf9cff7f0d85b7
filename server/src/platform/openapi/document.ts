/**
 * The parts of an OpenAPI 3.1 document that the reference page and the API sweeps read, and
 * the few walks over it they share. The document is read defensively: it is data, not code.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
};

export type Parameter = {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
  deprecated?: boolean;
};

export type MediaType = { schema?: JsonSchema };
export type ApiResponse = { description?: string; content?: Record<string, MediaType> };
export type SecurityRequirement = Record<string, string[]>;

export type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; description?: string; content?: Record<string, MediaType> };
  responses?: Record<string, ApiResponse>;
  security?: SecurityRequirement[];
  deprecated?: boolean;
  /** Who may call the route, from the route's `config.access` (see openapi-plugin.ts). */
  'x-meridian-access'?: string;
};

export type OpenApiDocument = {
  openapi?: string;
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, JsonSchema>; securitySchemes?: Record<string, unknown> };
  security?: SecurityRequirement[];
  tags?: { name: string; description?: string }[];
};

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type OperationEntry = {
  method: HttpMethod;
  path: string;
  /** The operationId, or `method path` when a route has none. */
  id: string;
  operation: Operation;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every operation of the document in document order (paths × methods). */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const op = operation as Operation;
      const id = typeof op.operationId === 'string' && op.operationId ? op.operationId : `${method} ${path}`;
      out.push({ method, path, id, operation: op });
    }
  }
  return out;
}

/** An operation is public when its own `security` (or, failing that, the document's) is empty. */
export function isPublicOperation(doc: OpenApiDocument, operation: Operation): boolean {
  const security = Array.isArray(operation.security) ? operation.security : doc.security;
  if (!Array.isArray(security) || security.length === 0) return true;
  // `{}` in the list makes authentication optional.
  return security.some((requirement) => isObject(requirement) && Object.keys(requirement).length === 0);
}

/** Follows a local `$ref` (`#/components/schemas/Team`); null when it does not resolve. */
export function resolvePointer(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#')) return null;
  let node: unknown = doc;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) && !Array.isArray(node)) return null;
    node = (node as Record<string, unknown>)[key];
  }
  return node ?? null;
}

/** The name a `$ref` is shown with: its last segment. */
export const refName = (ref: string): string => ref.split('/').pop() || ref;

/** The parameters of an operation by location. */
export function parametersIn(operation: Operation, location: Parameter['in']): Parameter[] {
  return (Array.isArray(operation.parameters) ? operation.parameters : []).filter(
    (p) => isObject(p) && p.in === location && typeof p.name === 'string',
  );
}

/** The JSON request body schema of an operation, if it takes one. */
export function requestBodySchema(operation: Operation): JsonSchema | null {
  const content = operation.requestBody?.content;
  if (!isObject(content)) return null;
  const media = content['application/json'] ?? Object.values(content)[0];
  return isObject(media?.schema) ? media.schema : null;
}
