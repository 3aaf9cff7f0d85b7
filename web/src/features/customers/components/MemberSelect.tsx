import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberSearch } from '@/features/settings/api/member-queries';

export type MemberSelectProps = { value?: string; onChange?: (userId: string) => void; id?: string };

/** Picks an active member by name or e-mail (owner of customers). */
export function MemberSelect({ value, onChange, id }: MemberSelectProps) {
  const { t } = useTranslation('customers');
  const [q, setQ] = useState('');
  const members = useMemberSearch(q);
  return (
    <Select
      id={id}
      showSearch
      filterOption={false}
      value={value}
      onChange={onChange}
      onSearch={setQ}
      loading={members.isFetching}
      placeholder={t('reassign.ownerPlaceholder')}
      options={(members.data?.items ?? [])
        .filter((m) => m.role !== 'guest')
        .map((m) => ({ value: m.userId, label: m.name }))}
    />
  );
}
