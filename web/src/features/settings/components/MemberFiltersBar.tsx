import { MEMBER_STATUSES, ORG_ROLES } from '@meridian/contracts';
import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTeams } from '@/features/settings/api/team-queries';
import { withFilter } from '@/features/settings/internal/member-filters';

/** Search and filters above the members table; every value is kept in the URL. */
export function MemberFiltersBar() {
  const { t } = useTranslation('settings');
  const [params, setParams] = useSearchParams();
  const teams = useTeams();
  const set = (key: 'q' | 'role' | 'status' | 'team', value?: string | null) =>
    setParams(withFilter(params, key, value), { replace: true });

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        defaultValue={params.get('q') ?? ''}
        placeholder={t('members.filters.search')}
        aria-label={t('members.filters.search')}
        onSearch={(value) => set('q', value.trim())}
        style={{ width: 260, maxWidth: '100%' }}
      />
      <Select
        allowClear
        aria-label={t('members.filters.role')}
        placeholder={t('members.filters.role')}
        value={params.get('role') ?? undefined}
        onChange={(value) => set('role', value)}
        options={ORG_ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
        style={{ width: 140 }}
      />
      <Select
        allowClear
        aria-label={t('members.filters.status')}
        placeholder={t('members.filters.status')}
        value={params.get('status') ?? undefined}
        onChange={(value) => set('status', value)}
        options={MEMBER_STATUSES.map((status) => ({ value: status, label: t(`members.status.${status}`) }))}
        style={{ width: 140 }}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('members.filters.team')}
        placeholder={t('members.filters.team')}
        value={params.get('team') ?? undefined}
        onChange={(value) => set('team', value)}
        loading={teams.isPending}
        options={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
        style={{ width: 180 }}
      />
    </Flex>
  );
}
