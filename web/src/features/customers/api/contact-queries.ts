import type { Contact, ContactList, ContactListQuery } from '@meridian/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';

export type ContactFilters = Omit<ContactListQuery, 'limit' | 'cursor'>;

export const contactKeys = {
  all: ['contacts'] as const,
  list: (filters: ContactFilters, page: { limit: number; cursor?: string }) =>
    [...contactKeys.all, 'list', filters, page] as const,
  detail: (id: string) => [...contactKeys.all, 'detail', id] as const,
};

export function useContacts(filters: ContactFilters, page: { limit: number; cursor?: string }) {
  return useQuery({
    queryKey: contactKeys.list(filters, page),
    queryFn: ({ signal }) => api.get<ContactList>('/contacts', { ...filters, ...page }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useContact(id: string) {
  return useQuery({
    queryKey: contactKeys.detail(id),
    queryFn: ({ signal }) => api.get<Contact>(`/contacts/${id}`, undefined, signal),
  });
}
