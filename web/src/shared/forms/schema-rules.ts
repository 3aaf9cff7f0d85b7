/** The subset of JSON Schema (as TypeBox emits it) that a form field can check before sending. */
export type FieldSchema = {
  type?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  anyOf?: FieldSchema[];
};

export type ObjectSchema = { properties?: Record<string, unknown>; required?: string[] };

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Structurally an antd `FormRule`, kept plain so that it is testable without the DOM. */
export type SchemaRule = {
  required?: boolean;
  whitespace?: boolean;
  type?: 'string' | 'number' | 'email' | 'integer';
  min?: number;
  max?: number;
  pattern?: RegExp;
  message: string;
};

export type RuleOverrides = { required?: boolean; minLength?: number; maxLength?: number };

/** The non-null branch of `T | null` unions, which is what the field edits. */
function unwrap(schema: FieldSchema): FieldSchema {
  if (!schema.anyOf) return schema;
  const branches = schema.anyOf.filter((branch) => branch.type !== 'null');
  return branches.length === 1 && branches[0] ? branches[0] : schema;
}

/**
 * antd Form rules for one property of a contract schema, so that the form checks what the server
 * will check, with messages in the user's language. The server still validates everything.
 */
export function rulesFromSchema(
  object: ObjectSchema,
  key: string,
  t: Translate,
  overrides: RuleOverrides = {},
): SchemaRule[] {
  const schema = unwrap((object.properties?.[key] ?? {}) as FieldSchema);
  const rules: SchemaRule[] = [];
  const minLength = overrides.minLength ?? schema.minLength;
  const maxLength = overrides.maxLength ?? schema.maxLength;
  const isRequired = overrides.required ?? (object.required?.includes(key) || (minLength ?? 0) >= 1);
  if (isRequired)
    rules.push({ required: true, whitespace: schema.type === 'string', message: t('common:validation.required') });
  if (schema.type === 'string') {
    if (schema.format === 'email') rules.push({ type: 'email', message: t('common:validation.email') });
    if (minLength !== undefined && minLength > 1) {
      rules.push({ type: 'string', min: minLength, message: t('common:validation.minLength', { min: minLength }) });
    }
    if (maxLength !== undefined) {
      rules.push({ type: 'string', max: maxLength, message: t('common:validation.maxLength', { max: maxLength }) });
    }
    if (schema.pattern)
      rules.push({ pattern: new RegExp(schema.pattern, 'u'), message: t('common:validation.pattern') });
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    const type = schema.type;
    if (schema.minimum !== undefined) {
      rules.push({ type, min: schema.minimum, message: t('common:validation.min', { min: schema.minimum }) });
    }
    if (schema.maximum !== undefined) {
      rules.push({ type, max: schema.maximum, message: t('common:validation.max', { max: schema.maximum }) });
    }
  }
  return rules;
}
