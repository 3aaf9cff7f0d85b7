import { CrownOutlined } from '@ant-design/icons';
import type { Team } from '@meridian/contracts';
import { App, Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePutTeamMember, useRemoveTeamMember } from '@/features/settings/api/team-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { SimpleList } from '@/shared/ui/SimpleList';
import { UserAvatar } from '@/shared/ui/UserAvatar';

type TeamMember = Team['members'][number];

export type TeamMembersListProps = { team: Team };

/** Members with their lead mark; leads first, then by name in pinyin order. */
export function TeamMembersList({ team }: TeamMembersListProps) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const putMember = usePutTeamMember();
  const removeMember = useRemoveTeamMember();
  const showError = useApiErrorHandler();
  const canManage = team.abilities.manageMembers;
  const collator = new Intl.Collator('zh-CN');
  const members = [...team.members].sort(
    (a, b) => Number(b.isLead) - Number(a.isLead) || collator.compare(a.name, b.name),
  );

  const handleToggleLead = (member: TeamMember) =>
    putMember.mutate(
      { teamId: team.id, userId: member.userId, isLead: !member.isLead },
      { onError: (error) => showError(error) },
    );

  const handleRemove = (member: TeamMember) =>
    removeMember.mutateAsync({ teamId: team.id, userId: member.userId }).then(
      () => void message.success(t('teams.memberRemoved', { name: member.name })),
      (error: unknown) => showError(error),
    );

  return (
    <SimpleList
      items={members}
      rowKey={(member) => member.userId}
      emptyText={t('teams.noMembers')}
      renderItem={(member) => (
        <Flex align="center" gap={10}>
          <UserAvatar name={member.name} initials={member.initials} color={member.avatarColor} />
          <Typography.Text>{member.name}</Typography.Text>
          {member.isLead ? <Tag icon={<CrownOutlined aria-hidden />}>{t('teams.lead')}</Tag> : null}
        </Flex>
      )}
      renderActions={
        canManage
          ? (member) => (
              <>
                <Button size="small" onClick={() => handleToggleLead(member)}>
                  {t(member.isLead ? 'teams.unmarkLead' : 'teams.markLead')}
                </Button>
                <Popconfirm
                  title={t('teams.removeConfirm', { name: member.name, team: team.name })}
                  okText={t('teams.remove')}
                  cancelText={t('common:actions.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => handleRemove(member)}
                >
                  <Button size="small" danger>
                    {t('teams.remove')}
                  </Button>
                </Popconfirm>
              </>
            )
          : undefined
      }
    />
  );
}
