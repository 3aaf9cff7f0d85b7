import type { CustomFieldValues, FieldError } from '@meridian/contracts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';

/** What validation needs of a custom field definition. */
export type CustomFieldDefinition = {
  id: string;
  name: string;
  type: string;
  options: { id: string; label: string }[];
  isRequired: boolean;
  archivedAt: Date | string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function problemOf(definition: CustomFieldDefinition, value: string | number): string | null {
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' ? null : 'Enter text';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'Enter a number';
    case 'date':
      return typeof value === 'string' && isDate(value) ? null : 'Enter a date as YYYY-MM-DD';
    case 'select':
      return typeof value === 'string' && definition.options.some((o) => o.id === value)
        ? null
        : 'Choose one of the options';
    case 'member':
      return typeof value === 'string' && UUID.test(value) ? null : 'Choose a member';
    default:
      return 'Unknown field type';
  }
}

/**
 * Checks a record's custom field values against the organisation's definitions for its kind of
 * record (a pure function: callers load the definitions). Unknown or archived fields, values of
 * the wrong type and missing required values answer 422 with `customFields.<id>` pointers; the
 * answer is the values to store, with blanks and nulls dropped.
 */
export function validateCustomFieldValues(
  definitions: CustomFieldDefinition[],
  values: CustomFieldValues,
  location = 'body',
): CustomFieldValues {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const errors: FieldError[] = [];
  const clean: CustomFieldValues = {};
  for (const [id, value] of Object.entries(values)) {
    const definition = byId.get(id);
    if (!definition || definition.archivedAt) {
      errors.push(fieldError(`customFields.${id}`, 'unknown', 'No such custom field', location));
      continue;
    }
    if (value === null || value === '') continue;
    const trimmed = typeof value === 'string' ? value.trim() : value;
    const problem = problemOf(definition, trimmed);
    if (problem) errors.push(fieldError(`customFields.${id}`, 'invalid', problem, location));
    else if (trimmed !== '') clean[id] = trimmed;
  }
  for (const definition of definitions) {
    if (definition.isRequired && !definition.archivedAt && clean[definition.id] === undefined) {
      if (!errors.some((e) => e.field === `customFields.${definition.id}`)) {
        errors.push(
          fieldError(`customFields.${definition.id}`, 'required', `${definition.name} is required`, location),
        );
      }
    }
  }
  if (errors.length) throw new AppError('validation_failed', { fields: errors });
  return clean;
}
