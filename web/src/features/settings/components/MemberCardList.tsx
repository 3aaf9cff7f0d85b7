import type { Member } from '@meridian/contracts';
import { Badge, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MemberActions } from '@/features/settings/components/MemberActions';
import { MemberRoleSelect } from '@/features/settings/components/MemberRoleSelect';
import { MemberTitle } from '@/features/settings/components/MemberTitle';
import { useAbility } from '@/shared/session/session-context';
import { SimpleList } from '@/shared/ui/SimpleList';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type MemberCardListProps = { members: Member[]; isLoading: boolean };

/** The members table as stacked cards for phones (375 px): the same fields, read top to bottom. */
export function MemberCardList({ members, isLoading }: MemberCardListProps) {
  const { t } = useTranslation('settings');
  const canManage = useAbility('members.manage');
  if (isLoading && members.length === 0) return <Skeleton active avatar />;
  return (
    <SimpleList
      items={members}
      rowKey={(member) => member.userId}
      emptyText={t('members.empty')}
      renderItem={(member) => (
        <Flex gap={10} align="flex-start">
          <UserAvatar name={member.name} initials={member.initials} color={member.avatarColor} />
          <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong ellipsis>
                {member.name}
              </Typography.Text>
              <MemberActions member={member} />
            </Flex>
            <Typography.Text type="secondary" ellipsis>
              {member.email}
            </Typography.Text>
            <MemberTitle member={member} canEdit={canManage && member.abilities.update} />
            <Flex gap={8} align="center" wrap>
              <MemberRoleSelect member={member} />
              <Badge
                status={member.status === 'active' ? 'success' : 'default'}
                text={t(`members.status.${member.status}`)}
              />
            </Flex>
            {member.teams.length > 0 ? (
              <Flex gap={4} wrap>
                {member.teams.map((team) => (
                  <Tag key={team.id} className="meridian-wrapping-tag">
                    {team.isLead ? t('members.teamLead', { team: team.name }) : team.name}
                  </Tag>
                ))}
              </Flex>
            ) : null}
          </Flex>
        </Flex>
      )}
    />
  );
}
