import type { Member } from '@meridian/contracts';
import { Badge, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MemberActions } from '@/features/settings/components/MemberActions';
import { MemberCardList } from '@/features/settings/components/MemberCardList';
import { MemberRoleSelect } from '@/features/settings/components/MemberRoleSelect';
import { MemberTitle } from '@/features/settings/components/MemberTitle';
import { useDateFormat } from '@/shared/format/use-date-format';
import { useIsMobile } from '@/shared/hooks/use-is-mobile';
import { useAbility } from '@/shared/session/session-context';
import { EmptyState } from '@/shared/ui/EmptyState';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type MembersTableProps = { members: Member[]; isLoading: boolean };

export function MembersTable({ members, isLoading }: MembersTableProps) {
  const { t } = useTranslation('settings');
  const format = useDateFormat();
  const canManage = useAbility('members.manage');
  const isMobile = useIsMobile();
  if (isMobile) return <MemberCardList members={members} isLoading={isLoading} />;

  const columns: TableColumnsType<Member> = [
    {
      key: 'member',
      title: t('members.columns.member'),
      fixed: 'left',
      render: (_, member) => (
        <Flex align="center" gap={10}>
          <UserAvatar name={member.name} initials={member.initials} color={member.avatarColor} />
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong>{member.name}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{member.email}</Typography.Text>
          </div>
        </Flex>
      ),
    },
    {
      key: 'title',
      title: t('members.columns.title'),
      render: (_, member) => <MemberTitle member={member} canEdit={canManage && member.abilities.update} />,
    },
    { key: 'role', title: t('members.columns.role'), render: (_, member) => <MemberRoleSelect member={member} /> },
    {
      key: 'teams',
      title: t('members.columns.teams'),
      render: (_, member) =>
        member.teams.length === 0
          ? '—'
          : member.teams.map((team) => (
              <Tag key={team.id}>{team.isLead ? t('members.teamLead', { team: team.name }) : team.name}</Tag>
            )),
    },
    {
      key: 'status',
      title: t('members.columns.status'),
      render: (_, member) => (
        <Badge
          status={member.status === 'active' ? 'success' : 'default'}
          text={t(`members.status.${member.status}`)}
        />
      ),
    },
    {
      key: 'lastSeen',
      title: t('members.columns.lastSeen'),
      render: (_, member) => (member.lastSeenAt ? format.relative(member.lastSeenAt) : t('members.neverSeen')),
    },
    { key: 'joined', title: t('members.columns.joined'), render: (_, member) => format.date(member.joinedAt) },
    {
      key: 'actions',
      title: <span className="sr-only">{t('common:actions.more')}</span>,
      fixed: 'right',
      width: 56,
      render: (_, member) => <MemberActions member={member} />,
    },
  ];

  return (
    <Table<Member>
      rowKey="userId"
      columns={columns}
      dataSource={members}
      loading={isLoading}
      pagination={false}
      scroll={members.length > 0 ? { x: 'max-content' } : undefined}
      locale={{ emptyText: <EmptyState description={t('members.empty')} /> }}
    />
  );
}
