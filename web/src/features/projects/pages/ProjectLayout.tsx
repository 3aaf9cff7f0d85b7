import { MoreOutlined } from '@ant-design/icons';
import type { Project } from '@meridian/contracts';
import { Button, Dropdown, Flex, type MenuProps, Skeleton, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useProjectByKey } from '@/features/projects/api/project-queries';
import { ProjectStatusTag } from '@/features/projects/components/ProjectStatusTag';
import { ProjectContext } from '@/features/projects/hooks/use-current-project';
import { useProjectActions } from '@/features/projects/hooks/use-project-actions';
import { isApiError } from '@/shared/api/client';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { NotFoundResult } from '@/shared/ui/NotFoundResult';
import { UserAvatar } from '@/shared/ui/UserAvatar';

const TABS = ['board', 'list', 'calendar', 'settings'] as const;

/** /projects/:projectKey — the project's header and tabs; child routes read it with useCurrentProject(). */
export function ProjectLayout() {
  const { projectKey } = useParams();
  const project = useProjectByKey(projectKey);
  if (project.isPending) return <Skeleton active />;
  if (project.isError) {
    if (isApiError(project.error) && project.error.status === 404) return <NotFoundResult />;
    return <ErrorResult error={project.error} onRetry={() => void project.refetch()} />;
  }
  return (
    <ProjectContext.Provider value={project.data}>
      <ProjectHeader project={project.data} />
      <Outlet />
    </ProjectContext.Provider>
  );
}

function ProjectHeader({ project }: { project: Project }) {
  const { t } = useTranslation('projects');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const actions = useProjectActions(project);
  const base = `/projects/${project.key}`;
  const active = TABS.find((tab) => pathname.startsWith(`${base}/${tab}`)) ?? 'board';
  const isArchived = project.archivedAt !== null;
  const items: MenuProps['items'] = [
    project.abilities.archive && !isArchived
      ? { key: 'archive', label: t('actions.archive'), onClick: actions.archive }
      : null,
    project.abilities.update && isArchived
      ? { key: 'restore', label: t('actions.restore'), onClick: actions.restore }
      : null,
    project.abilities.update && !isArchived
      ? { key: 'template', label: t('actions.saveAsTemplate'), onClick: actions.saveAsTemplate }
      : null,
    project.abilities.delete
      ? { key: 'delete', danger: true, label: t('actions.delete'), onClick: actions.remove }
      : null,
  ].filter(Boolean);

  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 8 }}>
        <Space size={12} wrap style={{ minWidth: 0 }}>
          <span
            aria-hidden
            style={{ width: 12, height: 12, borderRadius: 3, background: project.color, display: 'inline-block' }}
          />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {project.name}
          </Typography.Title>
          <Typography.Text type="secondary" code>
            {project.key}
          </Typography.Text>
          <ProjectStatusTag status={project.status} />
          {project.lead ? (
            <Space size={6}>
              <UserAvatar
                name={project.lead.name}
                initials={project.lead.initials}
                color={project.lead.avatarColor}
                size="small"
              />
              <Typography.Text type="secondary">{t('leadIs', { name: project.lead.name })}</Typography.Text>
            </Space>
          ) : null}
        </Space>
        {items.length ? (
          <Dropdown menu={{ items }} trigger={['click']}>
            <Button icon={<MoreOutlined />} aria-label={t('actions.more')} />
          </Dropdown>
        ) : null}
      </Flex>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`${base}/${key}`)}
        items={TABS.map((tab) => ({ key: tab, label: t(`tabs.${tab}`) }))}
      />
    </>
  );
}
