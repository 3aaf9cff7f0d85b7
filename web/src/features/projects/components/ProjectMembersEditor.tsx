import type { Project, ProjectMember } from '@meridian/contracts';
import { App, Button, Flex, List, Popconfirm, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePutProjectMember, useRemoveProjectMember } from '@/features/projects/api/project-mutations';
import { useProjectMembers } from '@/features/projects/api/project-queries';
import { useMemberSearch } from '@/features/settings/api/member-queries';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { UserAvatar } from '@/shared/ui/UserAvatar';

const ROLES: ProjectMember['role'][] = ['lead', 'member', 'viewer'];

/** Members with a role select each, and a picker to add someone from the organisation. */
export function ProjectMembersEditor({ project }: { project: Project }) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const members = useProjectMembers(project.id);
  const put = usePutProjectMember();
  const remove = useRemoveProjectMember();
  const showError = useApiErrorHandler();
  const [query, setQuery] = useState('');
  const candidates = useMemberSearch(query);
  const canManage = project.abilities.manageMembers;
  const present = new Set((members.data ?? []).map((m) => m.user.id));
  const onError = (error: unknown) => showError(error);

  return (
    <Flex vertical gap={16}>
      {canManage ? (
        <Select
          showSearch={{ filterOption: false, onSearch: setQuery }}
          value={null}
          placeholder={t('memberList.add')}
          aria-label={t('memberList.add')}
          style={{ maxWidth: 360 }}
          options={(candidates.data?.items ?? [])
            .filter((m) => !present.has(m.userId))
            .map((m) => ({ value: m.userId, label: m.name }))}
          onChange={(userId: string) =>
            put.mutate(
              { projectId: project.id, userId, role: 'member' },
              { onSuccess: () => void message.success(t('common:saved')), onError },
            )
          }
        />
      ) : null}
      <List
        loading={members.isPending}
        dataSource={members.data ?? []}
        renderItem={(member) => (
          <List.Item
            actions={
              canManage
                ? [
                    <Select
                      key="role"
                      size="small"
                      value={member.role}
                      aria-label={t('form.lead')}
                      style={{ width: 110 }}
                      options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                      onChange={(role) =>
                        put.mutate({ projectId: project.id, userId: member.user.id, role }, { onError })
                      }
                    />,
                    <Popconfirm
                      key="remove"
                      title={t('memberList.removeConfirm', { name: member.user.name })}
                      onConfirm={() => remove.mutate({ projectId: project.id, userId: member.user.id }, { onError })}
                    >
                      <Button size="small" type="text" danger>
                        {t('memberList.remove')}
                      </Button>
                    </Popconfirm>,
                  ]
                : [<Typography.Text key="role">{t(`roles.${member.role}`)}</Typography.Text>]
            }
          >
            <Space>
              <UserAvatar name={member.user.name} initials={member.user.initials} color={member.user.avatarColor} />
              <Typography.Text>{member.user.name}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Flex>
  );
}
