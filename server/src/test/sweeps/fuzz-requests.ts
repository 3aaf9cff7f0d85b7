import fc from 'fast-check';
import type { JsonSchema } from '#platform/openapi/document.ts';
import {
  HOSTILE_STRINGS,
  hostileHeaders,
  hostilePathId,
  hostileValue,
  queryValue,
  RAW_BODIES,
  RAW_NUMBERS,
  withKey,
} from './hostile.ts';
import { fillPath, type SweepOperation } from './operations.ts';

/** One fuzzed request: what kind of hostility it carries, and the request itself. */
export type FuzzRequest = {
  kind: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fitsString(schema: JsonSchema, value: string): boolean {
  const length = [...value].length;
  if (typeof schema.minLength === 'number' && length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && length > schema.maxLength) return false;
  return typeof schema.pattern !== 'string' || new RegExp(schema.pattern, 'u').test(value);
}

/**
 * Values that pass a schema, drawn from the nastiest corners the schema allows: NUL bytes,
 * lone surrogates, markup, extremes of every range. These reach the services and the database.
 */
export function validValue(schema: JsonSchema | undefined, example: unknown): fc.Arbitrary<unknown> {
  const keep = fc.constant(example);
  if (!schema) return keep;
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(union)) return fc.oneof(keep, ...union.map((branch) => validValue(branch, example)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string': {
      if (schema.format === 'uuid') return fc.oneof(keep, fc.uuid({ version: 7 }));
      if (schema.format === 'date-time')
        return fc.oneof(
          keep,
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        );
      if (schema.format === 'email') return fc.oneof(keep, fc.emailAddress());
      if (typeof schema.pattern === 'string') {
        const pattern = new RegExp(schema.pattern);
        return fc.oneof(
          keep,
          fc.stringMatching(pattern).filter((s) => fitsString(schema, s)),
        );
      }
      const nasty = HOSTILE_STRINGS.filter((s) => fitsString(schema, s));
      const sized = fc.string({
        unit: 'binary',
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 64, 64),
      });
      return nasty.length > 0 ? fc.oneof(fc.constantFrom(...nasty), sized) : sized;
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -(2 ** 31);
      const max = schema.maximum ?? 2 ** 31;
      return type === 'integer'
        ? fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }))
        : fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validValue(schema.items, undefined), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      const base = isObject(example) ? example : {};
      const model = Object.fromEntries(properties.map(([key, property]) => [key, validValue(property, base[key])]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in model) });
    }
    default:
      return keep;
  }
}

/** Like encodeURIComponent, but a lone surrogate becomes U+FFFD instead of throwing. */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

const json = (value: unknown) => JSON.stringify(value) ?? 'null';

/** The body part: valid-but-nasty, one field broken, garbage, or not JSON at all. */
function bodies(op: SweepOperation): fc.Arbitrary<{ kind: string; payload: string; headers: Record<string, string> }> {
  const asJson = (kind: string) => (payload: string) => ({
    kind,
    payload,
    headers: { 'content-type': 'application/json' },
  });
  const valid = op.body ? validValue(op.body, op.validBody) : fc.constant({});
  const keys = [...Object.keys(op.body?.properties ?? {}), 'unknownField', '__proto__', 'constructor'];
  return fc.oneof(
    { weight: op.body ? 4 : 1, arbitrary: valid.map(json).map(asJson('valid body, nasty values')) },
    {
      weight: op.body ? 4 : 1,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...keys), hostileValue)
        .map(([body, key, value]) => json(withKey(body, key, value)))
        .map(asJson('one field hostile')),
    },
    { weight: 2, arbitrary: hostileValue.map(json).map(asJson('body of the wrong shape')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...keys), fc.constantFrom(...RAW_NUMBERS))
        .map(([body, key, literal]) => json(withKey(body, key, '\u0001N\u0001')).replace('"\\u0001N\\u0001"', literal))
        .map(asJson('number JSON.stringify cannot write')),
    },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES).map(asJson('raw body, not JSON')) },
    {
      weight: 1,
      arbitrary: fc.tuple(valid.map(json), hostileHeaders).map(([payload, headers]) => ({
        kind: 'hostile headers',
        payload,
        headers: { 'content-type': 'application/json', ...headers },
      })),
    },
  );
}

function queryString(op: SweepOperation): fc.Arbitrary<string> {
  const names = [
    ...op.queryParams.map((p) => p.name),
    'unknown',
    'limit',
    'cursor',
    '__proto__',
    'constructor[prototype]',
    'a[b][c]',
  ];
  const pair = fc
    .tuple(fc.constantFrom(...names), queryValue)
    .map(([k, v]) => `${percentEncode(k)}=${/^%/.test(v) ? v : percentEncode(v)}`);
  return fc.array(pair, { minLength: 1, maxLength: 4 }).map((pairs) => pairs.join('&'));
}

/**
 * Requests for one operation: mostly its real path with a hostile body, query or headers,
 * sometimes a hostile path id instead of a real one. `realIds` fills path parameters.
 */
export function fuzzRequests(op: SweepOperation, realIds: Record<string, string>): fc.Arbitrary<FuzzRequest> {
  const realPath = fillPath(op.path, realIds);
  const takesBody = op.method !== 'GET';
  const plain = (kind: string, extra: Partial<FuzzRequest> = {}): FuzzRequest => ({
    kind,
    method: op.method,
    url: realPath,
    headers: {},
    ...extra,
  });
  const hostilePath =
    op.pathParams.length === 0
      ? fc.constant(realPath)
      : fc.tuple(...op.pathParams.map(() => fc.option(hostilePathId, { freq: 1, nil: null }))).map((ids) => {
          const segment = (name: string, id: { value: string; raw: boolean } | null | undefined) =>
            id ? (id.raw ? id.value : percentEncode(id.value)) : percentEncode(realIds[name]!);
          return fillPath(
            op.path,
            Object.fromEntries(op.pathParams.map((p, i) => [p.name, segment(p.name, ids[i])])),
            true,
          );
        });
  const withBody = (payload: { kind: string; payload: string; headers: Record<string, string> }) =>
    plain(payload.kind, { payload: payload.payload, headers: payload.headers });
  return fc.oneof(
    { weight: takesBody ? 6 : 1, arbitrary: bodies(op).map(withBody) },
    {
      weight: op.queryParams.length > 0 ? 3 : 1,
      arbitrary: queryString(op).map((q) => plain('hostile query', { url: `${realPath}?${q}` })),
    },
    {
      weight: op.pathParams.length > 0 ? 3 : 0,
      arbitrary: hostilePath.map((url) => plain('hostile path id', { url })),
    },
    { weight: 1, arbitrary: hostileHeaders.map((headers) => plain('hostile headers', { headers })) },
    {
      weight: 1,
      arbitrary: fc.tuple(hostilePath, queryString(op), bodies(op)).map(([url, q, body]) => ({
        ...withBody(body),
        kind: 'everything hostile',
        url: `${url}?${q}`,
      })),
    },
  );
}
