import type { ActivityChange } from '@meridian/contracts';
import type { TFunction } from 'i18next';

/** Fields the timeline never lists (bookkeeping, or shown by the action's own sentence). */
const HIDDEN_FIELDS = new Set(['commentId', 'version', 'rank', 'searchTerms', 'updatedAt']);

/** A value as a reader understands it: the resolved name, yes/no, a date, or the text itself. */
export function describeValue(value: unknown, label: string | null, t: TFunction): string {
  if (label) return label;
  if (value === null || value === undefined || value === '') return t('comments:activity.none');
  if (typeof value === 'boolean') return t(value ? 'common:yes' : 'common:no');
  if (Array.isArray(value))
    return value.length ? value.map((v) => describeValue(v, null, t)).join('、') : t('comments:activity.none');
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** The action's sentence ("commented", "changed the task"), with the generic one for actions not yet worded. */
export function describeAction(action: string, t: TFunction): string {
  const key = `comments:activity.actions.${action.replace(/\./g, '_')}`;
  const text = t(key, { defaultValue: '' });
  return text || t('comments:activity.actions.other', { action });
}

/** "Status: To do → Doing" for each change worth showing. */
export function describeChanges(changes: ActivityChange[], t: TFunction): string[] {
  return changes
    .filter((c) => !HIDDEN_FIELDS.has(c.field))
    .map((c) => {
      const field = t(`comments:activity.fields.${c.field}`, { defaultValue: c.field });
      const from = describeValue(c.from, c.fromLabel, t);
      const to = describeValue(c.to, c.toLabel, t);
      if (c.from === null || c.from === undefined) return t('comments:activity.set', { field, to });
      if (c.to === null || c.to === undefined) return t('comments:activity.cleared', { field, from });
      return t('comments:activity.changed', { field, from, to });
    });
}
