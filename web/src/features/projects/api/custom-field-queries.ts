import type { CustomField } from '@meridian/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';

export type CustomFieldEntity = CustomField['entity'];

export const customFieldKeys = {
  all: ['custom-fields'] as const,
  list: (entity: CustomFieldEntity | null, includeArchived = false) =>
    [...customFieldKeys.all, 'list', entity, includeArchived] as const,
};

/** The organisation's custom field definitions for one kind of record, in their order. */
export function useCustomFields(entity: CustomFieldEntity | null, options: { includeArchived?: boolean } = {}) {
  const includeArchived = options.includeArchived ?? false;
  return useQuery({
    queryKey: customFieldKeys.list(entity, includeArchived),
    queryFn: ({ signal }) =>
      api
        .get<{ items: CustomField[] }>(
          '/custom-fields',
          { entity: entity ?? undefined, includeArchived: includeArchived || undefined },
          signal,
        )
        .then((r) => r.items),
  });
}
