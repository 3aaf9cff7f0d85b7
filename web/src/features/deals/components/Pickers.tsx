import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberSearch } from '@/features/settings/api/member-queries';
import { useTeams } from '@/features/settings/api/team-queries';
import { api } from '@/shared/api/client';

type PickerProps = Omit<SelectProps<string>, 'options' | 'onSearch' | 'showSearch'>;

/** Active members by name or e-mail. */
export function MemberPicker(props: PickerProps) {
  const { t } = useTranslation('deals');
  const [q, setQ] = useState('');
  const { data, isFetching } = useMemberSearch(q);
  const options = (data?.items ?? []).map((m) => ({ value: m.userId, label: m.name }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('fields.ownerPlaceholder')}
      loading={isFetching}
      options={options}
      allowClear
      {...props}
    />
  );
}

export function TeamPicker(props: PickerProps) {
  const { t } = useTranslation('deals');
  const { data } = useTeams();
  return (
    <Select
      placeholder={t('fields.teamPlaceholder')}
      options={(data ?? []).map((team) => ({ value: team.id, label: team.name }))}
      allowClear
      {...props}
    />
  );
}

type CustomerOption = { id: string; name: string };

/** Customers the actor sees, searched by name or pinyin (GET /customers?q=). */
export function CustomerPicker(props: PickerProps) {
  const { t } = useTranslation('deals');
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: ['customers', 'picker', q],
    queryFn: ({ signal }) => api.get<{ items: CustomerOption[] }>('/customers', { q, limit: 20 }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('fields.customerPlaceholder')}
      loading={isFetching}
      options={(data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      {...props}
    />
  );
}
