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

/** Which issue of one field to report: a broken format says more than "not null". */
const LOW_RANK: Record<string, number> = { invalid: 0, type: 1, enum: 2 };
const rank = (code: string): number => LOW_RANK[code] ?? 3;

/** Every Ajv issue as a field error with a JSON pointer into the request part it came from. */
export function fieldErrorsFromValidation(issues: AjvIssue[], location: string): FieldError[] {
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
    // A union (`string | null`) fails once per branch: keep the most telling issue per field.
    const previous = out.findIndex((e) => e.field === field);
    if (previous >= 0) {
      if (rank(code) > rank(out[previous]!.code)) out.splice(previous, 1);
      else continue;
    }
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
