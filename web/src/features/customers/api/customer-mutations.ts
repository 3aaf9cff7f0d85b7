import type {
  CreateCustomerBody,
  Customer,
  ReassignCustomersBody,
  ReassignCustomersResult,
  UpdateCustomerBody,
} from '@meridian/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { customerKeys } from '@/features/customers/api/customer-queries';
import { api } from '@/shared/api/client';

function invalidateCustomers(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: customerKeys.all });
}

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCustomerBody) => api.post<Customer>('/customers', body),
    onSuccess: () => invalidateCustomers(queryClient),
  });
}

export function useUpdateCustomer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCustomerBody) => api.patch<Customer>(`/customers/${id}`, body),
    onSuccess: (customer) => queryClient.setQueryData(customerKeys.detail(id), customer),
    onSettled: () => invalidateCustomers(queryClient),
  });
}

export function useDeleteCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/customers/${id}`),
    onSettled: () => invalidateCustomers(queryClient),
  });
}

export function useReassignCustomers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReassignCustomersBody) => api.post<ReassignCustomersResult>('/customers/reassign', body),
    onSettled: () => invalidateCustomers(queryClient),
  });
}

/** Claim from or release to the pool (公海池). */
export function usePoolAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'claim' | 'release' }) =>
      api.post<Customer>(`/customers/${id}/${action}`),
    onSettled: () => invalidateCustomers(queryClient),
  });
}
