import type { JsonSchema } from '#platform/openapi/document.ts';
import { type FuzzRequest, percentEncode } from './fuzz-requests.ts';
import { CURSOR_VALUES, HUGE } from './hostile.ts';
import { fillPath, type SweepOperation } from './operations.ts';

/** Strings every text field must either store or refuse with a 422, never a 500 (and cursors get forged ones). */
export const POISON_STRINGS = ['a\u0000b', '\ud800', 'a\udc00b', '\ud83d\ude00\u202e\u0645', HUGE, ' '];
/** Numbers every integer field must either accept or refuse with a 422. */
export const POISON_NUMBERS = [2 ** 31, 2 ** 53 + 2, 1e308, -(2 ** 31) - 1, 0, -1];

const typesOf = (schema: JsonSchema | undefined): string[] => {
  if (!schema) return [];
  const own = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return [...own, ...(schema.anyOf ?? schema.oneOf ?? []).flatMap(typesOf)];
};

/**
 * Deterministic requests: each poison value in each string and integer field of the body
 * and of the query string, the rest of the request valid. Random sampling may miss a field;
 * this does not.
 */
export function poisonRequests(op: SweepOperation, realIds: Record<string, string>): FuzzRequest[] {
  const url = fillPath(op.path, realIds);
  const out: FuzzRequest[] = [];
  const fields = [
    ...Object.entries(op.body?.properties ?? {}).map(([name, schema]) => ({ name, schema, in: 'body' })),
    ...op.queryParams.map((p) => ({ name: p.name, schema: p.schema, in: 'query' })),
  ];
  for (const field of fields) {
    const types = typesOf(field.schema);
    const values: unknown[] = [
      ...(types.includes('string') || types.length === 0 ? POISON_STRINGS : []),
      ...(field.name === 'cursor' ? CURSOR_VALUES : []),
      ...(types.includes('integer') || types.includes('number') ? POISON_NUMBERS : []),
    ];
    for (const value of values) {
      if (field.in === 'body') {
        const payload = JSON.stringify({ ...(op.validBody as object), [field.name]: value });
        out.push({
          kind: `poison body ${field.name}`,
          method: op.method,
          url,
          headers: { 'content-type': 'application/json' },
          payload,
        });
      } else {
        // A URL carries bytes: a lone surrogate travels as its (invalid) UTF-8 bytes.
        const encoded = value === '\ud800' ? '%ED%A0%80' : percentEncode(String(value));
        out.push({
          kind: `poison query ${field.name}`,
          method: op.method,
          url: `${url}?${percentEncode(field.name)}=${encoded}`,
          headers: {},
        });
      }
    }
  }
  // The version headers get the same numbers.
  if (op.method === 'PATCH' || op.method === 'DELETE' || op.method === 'PUT') {
    for (const value of POISON_NUMBERS) {
      out.push({
        kind: 'poison If-Match',
        method: op.method,
        url,
        headers: {
          'if-match': `"${BigInt(Math.trunc(Math.min(Math.abs(value), 1e30)))}"`,
          ...(op.body ? { 'content-type': 'application/json' } : {}),
        },
        ...(op.body ? { payload: JSON.stringify(op.validBody) } : {}),
      });
    }
  }
  return out;
}
