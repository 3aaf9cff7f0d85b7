import type { Organization, UpdateOrgBody } from '@meridian/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { orgKeys } from '@/features/settings/api/org-queries';
import { api } from '@/shared/api/client';
import { meKeys } from '@/shared/session/me-query';

export function useUpdateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrgBody) => api.patch<Organization>('/org', body),
    onSuccess: (org) => {
      queryClient.setQueryData(orgKeys.current(), org);
      // The organisation's name also shows in the top bar, from "me".
      void queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}
