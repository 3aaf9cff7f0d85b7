import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';

const COMMON: Options = { allErrors: true, useDefaults: true, removeAdditional: true, strict: false };

/**
 * Query strings, params and headers arrive as text and are coerced to the schema's types;
 * JSON bodies are not, so `0` or `""` can never slip into a `number | null` field as null.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<FastifySchema> {
  const coercing = addFormats.default(new Ajv({ ...COMMON, coerceTypes: 'array' }));
  const strict = addFormats.default(new Ajv({ ...COMMON, coerceTypes: false }));
  return ({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema as object);
}
