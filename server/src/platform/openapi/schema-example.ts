import { type JsonSchema, type OpenApiDocument, resolvePointer } from './document.ts';

/**
 * A plausible value that satisfies a schema: the schema's own example or default, the first
 * enum value, or a sample chosen by format and field name, within length and range limits.
 * Used for the curl examples and by the API sweeps as a body that passes validation.
 */
const BY_FORMAT: Record<string, string> = {
  email: 'li.na@example.com',
  uuid: '0192f0c4-7b1e-7c3a-9d2e-5f8a1b6c4e21',
  'date-time': '2025-03-03T09:00:00.000Z',
  date: '2025-03-03',
  time: '09:00:00',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  hostname: 'example.com',
  ipv4: '203.0.113.7',
  ipv6: '2001:db8::7',
};

const BY_NAME: [RegExp, string][] = [
  [/password/i, 'correct-horse-battery-staple'],
  [/time_?zone/i, 'Asia/Shanghai'],
  [/currency/i, 'CNY'],
  [/colou?r/i, '#1677ff'],
  [/locale|lang/i, 'zh-CN'],
  [/token|secret|key/i, 'tok_2f9c1e7b4a8d'],
  [/name/i, 'Example'],
];

const MAX_DEPTH = 8;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function resolve(doc: OpenApiDocument, input: unknown): JsonSchema {
  let schema: JsonSchema = isObject(input) ? (input as JsonSchema) : {};
  for (let hops = 0; typeof schema.$ref === 'string' && hops < 32; hops++) {
    const target = resolvePointer(doc, schema.$ref);
    schema = isObject(target) ? (target as JsonSchema) : {};
  }
  return schema;
}

function matches(schema: JsonSchema, value: string): boolean {
  if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) return false;
  if (typeof schema.pattern !== 'string') return true;
  try {
    return new RegExp(schema.pattern, 'u').test(value);
  } catch {
    return true;
  }
}

function exampleString(schema: JsonSchema, name: string): string {
  const candidates = [
    typeof schema.format === 'string' ? BY_FORMAT[schema.format] : undefined,
    ...BY_NAME.filter(([pattern]) => pattern.test(name)).map(([, value]) => value),
    'example',
    'Asia/Shanghai',
    'CNY',
    'a',
  ].filter((c): c is string => typeof c === 'string');
  const found = candidates.find((c) => matches(schema, c));
  if (found !== undefined) return found;
  let text = candidates[0] ?? 'example';
  if (typeof schema.minLength === 'number') text = text.padEnd(schema.minLength, 'x');
  if (typeof schema.maxLength === 'number') text = text.slice(0, schema.maxLength);
  return text;
}

function exampleNumber(schema: JsonSchema, integer: boolean): number {
  let value = typeof schema.minimum === 'number' ? schema.minimum : 1;
  if (typeof schema.exclusiveMinimum === 'number') value = schema.exclusiveMinimum + 1;
  if (typeof schema.maximum === 'number') value = Math.min(value, schema.maximum);
  return integer ? Math.ceil(value) : value;
}

export function exampleFromSchema(doc: OpenApiDocument, input: unknown, name = '', depth = 0): unknown {
  const schema = resolve(doc, input);
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ('example' in schema) return schema.example;
  if ('const' in schema) return schema.const;
  if ('default' in schema) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null) ?? null;
  const union = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(union)) {
    const branch = union.map((b) => resolve(doc, b)).find((b) => b.type !== 'null');
    return branch ? exampleFromSchema(doc, branch, name, depth + 1) : null;
  }
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((part) => exampleFromSchema(doc, part, name, depth + 1));
    return parts.every(isObject) ? Object.assign({}, ...parts) : (parts[0] ?? null);
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== 'null') ?? (isObject(schema.properties) ? 'object' : undefined);
  if (depth > MAX_DEPTH) return type === 'array' ? [] : type === 'object' ? {} : null;
  switch (type) {
    case 'string':
      return exampleString(schema, name);
    case 'integer':
      return exampleNumber(schema, true);
    case 'number':
      return exampleNumber(schema, false);
    case 'boolean':
      return false;
    case 'array': {
      const count = Math.max(1, typeof schema.minItems === 'number' ? schema.minItems : 1);
      return Array.from({ length: count }, () => exampleFromSchema(doc, schema.items, name, depth + 1));
    }
    case 'object':
      return Object.fromEntries(
        Object.entries(isObject(schema.properties) ? schema.properties : {}).map(([key, property]) => [
          key,
          exampleFromSchema(doc, property, key, depth + 1),
        ]),
      );
    default:
      return null;
  }
}
