import type { Team } from '@meridian/contracts';
import { App, Button, Flex, Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberSearch } from '@/features/settings/api/member-queries';
import { usePutTeamMember } from '@/features/settings/api/team-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

export type AddTeamMemberProps = { team: Team };

/** Search active members by name or e-mail and add one to the team. */
export function AddTeamMember({ team }: AddTeamMemberProps) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [userId, setUserId] = useState<string | undefined>();
  const query = useDeferredValue(search);
  const members = useMemberSearch(query);
  const putMember = usePutTeamMember();
  const showError = useApiErrorHandler();
  const inTeam = new Set(team.members.map((member) => member.userId));
  const options = (members.data?.items ?? [])
    .filter((member) => !inTeam.has(member.userId))
    .map((member) => ({ value: member.userId, label: `${member.name} · ${member.email}` }));

  const handleAdd = () => {
    if (!userId) return;
    putMember.mutate(
      { teamId: team.id, userId, isLead: false },
      {
        onSuccess: () => {
          setUserId(undefined);
          setSearch('');
          void message.success(t('teams.memberAdded'));
        },
        onError: (error) => showError(error),
      },
    );
  };

  return (
    <Flex gap={8} wrap>
      <Select
        showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
        aria-label={t('teams.addMember')}
        placeholder={t('teams.addMemberPlaceholder')}
        value={userId}
        onChange={setUserId}
        loading={members.isFetching}
        options={options}
        notFoundContent={t('teams.noMatch')}
        style={{ flex: '1 1 240px', minWidth: 0 }}
      />
      <Button type="primary" onClick={handleAdd} disabled={!userId} loading={putMember.isPending}>
        {t('teams.add')}
      </Button>
    </Flex>
  );
}
