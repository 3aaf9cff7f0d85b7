import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Team } from '@meridian/contracts';
import { App, Button, Card, Divider, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeleteTeam } from '@/features/settings/api/team-mutations';
import { AddTeamMember } from '@/features/settings/components/AddTeamMember';
import { TeamMembersList } from '@/features/settings/components/TeamMembersList';
import { teamPath } from '@/features/settings/internal/team-tree';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

export type TeamDetailProps = {
  team: Team;
  teams: Team[];
  canCreate: boolean;
  onEdit: () => void;
  onAddSubTeam: () => void;
  onDeleted: () => void;
};

export function TeamDetail({ team, teams, canCreate, onEdit, onAddSubTeam, onDeleted }: TeamDetailProps) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const deleteTeam = useDeleteTeam();
  const showError = useApiErrorHandler();
  const hasChildren = teams.some((other) => other.parentId === team.id);

  const handleDelete = () =>
    deleteTeam.mutateAsync(team.id).then(
      () => {
        void message.success(t('teams.deleted', { name: team.name }));
        onDeleted();
      },
      (error: unknown) => showError(error),
    );

  return (
    <Card
      title={
        <Typography.Text strong ellipsis>
          {teamPath(teams, team.id).join(' / ')}
        </Typography.Text>
      }
      extra={
        <Flex gap={4}>
          {canCreate ? (
            <Button type="text" icon={<PlusOutlined />} aria-label={t('teams.addSubTeam')} onClick={onAddSubTeam} />
          ) : null}
          {team.abilities.update ? (
            <Button type="text" icon={<EditOutlined />} aria-label={t('teams.edit')} onClick={onEdit} />
          ) : null}
          {team.abilities.delete && hasChildren ? (
            // The server refuses to delete a team that still has sub-teams (409), so say why up front.
            <Tooltip title={t('teams.deleteHasChildren')}>
              <Button type="text" danger disabled icon={<DeleteOutlined />} aria-label={t('teams.delete')} />
            </Tooltip>
          ) : null}
          {team.abilities.delete && !hasChildren ? (
            <Popconfirm
              title={t('teams.deleteConfirm', { name: team.name })}
              description={t('teams.deleteHint')}
              okText={t('common:actions.delete')}
              cancelText={t('common:actions.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={handleDelete}
            >
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('teams.delete')} />
            </Popconfirm>
          ) : null}
        </Flex>
      }
    >
      <Typography.Paragraph type={team.description ? undefined : 'secondary'}>
        {team.description || t('teams.noDescription')}
      </Typography.Paragraph>
      <Divider titlePlacement="start">{t('teams.membersHeading', { count: team.members.length })}</Divider>
      {team.abilities.manageMembers ? (
        <div style={{ marginBottom: 12 }}>
          <AddTeamMember team={team} />
        </div>
      ) : null}
      <TeamMembersList team={team} />
    </Card>
  );
}
