import type { CustomFieldValues } from '@meridian/contracts';
import { loadCustomFieldDefinitions } from '#modules/custom-fields/queries.ts';
import { validateCustomFieldValues } from '#modules/custom-fields/validator.ts';
import type { RequestContext } from '#platform/context/request-context.ts';

/**
 * The task's custom field values to store. On an update the given values are merged over the
 * stored ones (null clears one); stored values of fields archived since are kept as they are.
 */
export async function validateCustomFields(
  ctx: RequestContext,
  values: CustomFieldValues,
  stored?: CustomFieldValues,
): Promise<CustomFieldValues> {
  const definitions = await loadCustomFieldDefinitions(ctx.db, ctx.orgId, 'task');
  if (definitions.length === 0 && Object.keys(values).length === 0) return stored ?? {};
  const live = new Set(definitions.filter((d) => !d.archivedAt).map((d) => d.id));
  const kept: CustomFieldValues = {};
  const merged: CustomFieldValues = {};
  for (const [id, value] of Object.entries(stored ?? {})) {
    if (live.has(id)) merged[id] = value;
    else kept[id] = value;
  }
  Object.assign(merged, values);
  return { ...kept, ...validateCustomFieldValues(definitions, merged) };
}
