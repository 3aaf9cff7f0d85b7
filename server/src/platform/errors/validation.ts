import type { FieldError } from '@meridian/contracts';

type AjvIssue = {
  instancePath?: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
};

const CODE_BY_KEYWORD: Record<string, string> = {
  required: 'required',
  format: 'format',
  minLength: 'too_short',
  maxLength: 'too_long',
  minimum: 'too_small',
  exclusiveMinimum: 'too_small',
  maximum: 'too_large',
  exclusiveMaximum: 'too_large',
  minItems: 'too_short',
  maxItems: 'too_long',
  pattern: 'pattern',
  type: 'type',
  enum: 'enum',
  const: 'enum',
  anyOf: 'invalid',
  additionalProperties: 'unknown',
};

/** Every Ajv issue as a field error with a JSON pointer into the request part it came from. */
export function fieldErrorsFromValidation(issues: AjvIssue[], location: string): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of issues) {
    let path = (issue.instancePath ?? '').replace(/^\//, '');
    if (issue.keyword === 'required' && typeof issue.params?.missingProperty === 'string') {
      path = path ? `${path}/${issue.params.missingProperty}` : issue.params.missingProperty;
    }
    if (issue.keyword === 'additionalProperties' && typeof issue.params?.additionalProperty === 'string') {
      path = path ? `${path}/${issue.params.additionalProperty}` : issue.params.additionalProperty;
    }
    const code = CODE_BY_KEYWORD[issue.keyword] ?? 'invalid';
    const field = path.split('/').join('.');
    const key = `${field}:${code}`;
    // A union produces one issue per branch; the first one per field and code is enough.
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      field,
      pointer: `/${location}${path ? `/${path}` : ''}`,
      code,
      message: issue.message ?? code,
      params: issue.params,
    });
  }
  return out;
}
