import { type JsonSchema, type OpenApiDocument, refName, resolvePointer } from './document.ts';

/**
 * A JSON Schema reduced to what a reader needs: a type label, nullability, enum values,
 * constraints, and the object whose fields to list. `$ref`s are followed (a ref that loops
 * back is reported as recursive), `allOf` is merged and `anyOf [X, null]` becomes nullable X.
 */
export type Shape = {
  label: string;
  nullable: boolean;
  enumValues: unknown[] | null;
  /** The schema whose `properties` are listed under this one (the object, or an array's items). */
  fields: JsonSchema | null;
  /** Branches of an `anyOf`/`oneOf` that do not collapse into one type. */
  variants: JsonSchema[] | null;
  /** The schema the constraints and the description are read from. */
  schema: JsonSchema;
  refs: readonly string[];
  recursive: boolean;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNullSchema = (s: JsonSchema) =>
  s.type === 'null' || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === null);

function follow(doc: OpenApiDocument, input: unknown, refs: readonly string[]) {
  let schema: JsonSchema = isObject(input) ? (input as JsonSchema) : {};
  let name: string | null = null;
  for (let hops = 0; typeof schema.$ref === 'string' && hops < 32; hops++) {
    const ref: string = schema.$ref;
    name = refName(ref);
    if (refs.includes(ref)) return { schema: {} as JsonSchema, name, refs, recursive: true };
    refs = [...refs, ref];
    const target = resolvePointer(doc, ref);
    const { $ref: _, ...siblings } = schema;
    schema = { ...(isObject(target) ? (target as JsonSchema) : {}), ...siblings };
  }
  return { schema, name, refs, recursive: false };
}

function mergeAllOf(doc: OpenApiDocument, schema: JsonSchema, refs: readonly string[]): JsonSchema {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  const merged: JsonSchema = { ...rest, properties: { ...rest.properties }, required: [...(rest.required ?? [])] };
  for (const part of allOf) {
    const resolved = mergeAllOf(doc, follow(doc, part, refs).schema, refs);
    merged.type ??= resolved.type;
    Object.assign(merged.properties!, resolved.properties);
    merged.required!.push(...(resolved.required ?? []));
  }
  if (Object.keys(merged.properties!).length === 0) delete merged.properties;
  return merged;
}

function typeList(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type.filter((t): t is string => typeof t === 'string');
  return typeof schema.type === 'string' ? [schema.type] : [];
}

export function shapeOf(doc: OpenApiDocument, input: unknown, refs: readonly string[] = []): Shape {
  const followed = follow(doc, input, refs);
  const schema = mergeAllOf(doc, followed.schema, followed.refs);
  const base = {
    schema,
    refs: followed.refs,
    recursive: followed.recursive,
    variants: null,
    fields: null,
    enumValues: null,
  };
  if (followed.recursive) return { ...base, label: `${followed.name} (recursive, see above)`, nullable: false };

  const union = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : null;
  if (union) {
    const branches = union.map((branch) => follow(doc, branch, followed.refs).schema);
    const nonNull = branches.filter((b) => !isNullSchema(b));
    const nullable = nonNull.length < branches.length;
    const allEnums = nonNull.length > 0 && nonNull.every((b) => Array.isArray(b.enum) || 'const' in b);
    if (allEnums) {
      const values = nonNull.flatMap((b) => (Array.isArray(b.enum) ? b.enum : [b.const]));
      const types = [...new Set(nonNull.flatMap(typeList))];
      return { ...base, label: types.join(' | ') || 'enum', nullable, enumValues: values };
    }
    if (nonNull.length === 1) {
      const inner = shapeOf(
        doc,
        { ...nonNull[0], description: schema.description ?? nonNull[0]!.description },
        followed.refs,
      );
      return { ...inner, nullable: nullable || inner.nullable };
    }
    return { ...base, label: 'one of', nullable, variants: nonNull };
  }

  const types = typeList(schema);
  const nullable = types.includes('null');
  const type = types.filter((t) => t !== 'null');
  const enumValues = Array.isArray(schema.enum)
    ? schema.enum.filter((v) => v !== null)
    : 'const' in schema
      ? [schema.const]
      : null;
  const named = followed.name;

  if (type.includes('array') || (type.length === 0 && isObject(schema.items))) {
    const item = shapeOf(doc, schema.items, followed.refs);
    return {
      ...base,
      label: `array of ${item.label}${item.nullable ? ' | null' : ''}`,
      nullable,
      fields: item.fields,
      enumValues: item.enumValues,
    };
  }
  if (type.includes('object') || isObject(schema.properties)) {
    const extra = schema.additionalProperties;
    if (!isObject(schema.properties) && isObject(extra)) {
      const value = shapeOf(doc, extra, followed.refs);
      return {
        ...base,
        label: `map of ${Object.keys(extra).length ? value.label : 'any'}`,
        nullable,
        fields: value.fields,
      };
    }
    return { ...base, label: named ?? 'object', nullable, fields: isObject(schema.properties) ? schema : null };
  }
  let label = type.join(' | ') || (enumValues ? 'enum' : 'any');
  if (typeof schema.format === 'string') label += ` (${schema.format})`;
  return { ...base, label: named && type.length === 0 ? named : label, nullable, enumValues };
}

/** Human-readable constraints: lengths, ranges, item counts, pattern and default. */
export function constraintsOf(schema: JsonSchema): {
  text: string[];
  pattern: string | null;
  defaultValue: string | null;
} {
  const text: string[] = [];
  const range = (min: unknown, max: unknown, unit: string) => {
    const lo = typeof min === 'number' ? min : null;
    const hi = typeof max === 'number' ? max : null;
    if (lo !== null && hi !== null) text.push(lo === hi ? `exactly ${lo}${unit}` : `${lo}–${hi}${unit}`);
    else if (lo !== null) text.push(`≥ ${lo}${unit}`);
    else if (hi !== null) text.push(`≤ ${hi}${unit}`);
  };
  range(schema.minLength, schema.maxLength, ' chars');
  range(schema.minimum, schema.maximum, '');
  if (typeof schema.exclusiveMinimum === 'number') text.push(`> ${schema.exclusiveMinimum}`);
  if (typeof schema.exclusiveMaximum === 'number') text.push(`< ${schema.exclusiveMaximum}`);
  range(schema.minItems, schema.maxItems, ' items');
  if (schema.deprecated === true) text.push('deprecated');
  if (schema.readOnly === true) text.push('read-only');
  if (schema.writeOnly === true) text.push('write-only');
  return {
    text,
    pattern: typeof schema.pattern === 'string' ? schema.pattern : null,
    defaultValue: 'default' in schema ? JSON.stringify(schema.default) : null,
  };
}
