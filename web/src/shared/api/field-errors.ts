import { FIELD_ERROR_CODES, type FieldError } from '@meridian/contracts';
import type { FormInstance } from 'antd';
import { ApiError } from '@/shared/api/api-error';
import { i18n } from '@/shared/i18n/i18n';

export type NamePath = (string | number)[];

const toSegment = (part: string): string | number => (/^\d+$/.test(part) ? Number(part) : part);

/**
 * The antd Form name of a server field error: `items.0.name` → ['items', 0, 'name']. Falls back to
 * the JSON pointer (`/body/items/0/name`) when the server gave no dotted field.
 */
export function toNamePath(error: Pick<FieldError, 'field' | 'pointer'>): NamePath {
  if (error.field) return error.field.split('.').map(toSegment);
  const parts = error.pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (['body', 'query', 'params', 'querystring'].includes(parts[0] ?? '')) parts.shift();
  return parts.filter((part) => part !== '').map(toSegment);
}

const nameKey = (name: NamePath): string => JSON.stringify(name);

export type GroupedFieldErrors = {
  placed: { name: NamePath; errors: FieldError[] }[];
  unplaced: FieldError[];
};

/** Splits server field errors into those that belong to a field of the form and the rest. */
export function groupFieldErrors(errors: FieldError[], formNames: NamePath[]): GroupedFieldErrors {
  const known = new Set(formNames.map(nameKey));
  const placed = new Map<string, { name: NamePath; errors: FieldError[] }>();
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    const name = toNamePath(error);
    const key = nameKey(name);
    if (name.length === 0 || !known.has(key)) {
      unplaced.push(error);
      continue;
    }
    const entry = placed.get(key) ?? { name, errors: [] };
    entry.errors.push(error);
    placed.set(key, entry);
  }
  return { placed: [...placed.values()], unplaced };
}

const FIELD_CODES: ReadonlySet<string> = new Set(FIELD_ERROR_CODES);

/** The message for one field error in the current language, the server's English as fallback. */
export function translateFieldError(error: FieldError): string {
  if (!FIELD_CODES.has(error.code)) return error.message || i18n.t('errors:field.invalid');
  return i18n.t(`errors:field.${error.code}`, { defaultValue: error.message });
}

/**
 * Puts the server's field errors on the matching antd Form fields. Returns the errors that match no
 * field of the form, so that the caller can show them another way.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || error.errors.length === 0) return [];
  const formNames = form.getFieldsError().map((field) => field.name as NamePath);
  const { placed, unplaced } = groupFieldErrors(error.errors, formNames);
  form.setFields(placed.map((entry) => ({ name: entry.name, errors: entry.errors.map(translateFieldError) })));
  return unplaced;
}

/** The error to show above a form: one that names no field (field errors sit on their fields). */
export function formLevelError(error: unknown): unknown {
  if (!error) return null;
  return error instanceof ApiError && error.errors.length > 0 ? null : error;
}
