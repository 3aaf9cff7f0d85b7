import { LockOutlined, WarningOutlined } from '@ant-design/icons';
import type { Project } from '@meridian/contracts';
import { Card, Flex, Progress, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProjectStatusTag } from '@/features/projects/components/ProjectStatusTag';
import { progressPercent } from '@/features/projects/internal/project-key';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type ProjectCardProps = { project: Project };

/** One project in the list: name and key, status, lead, progress and overdue count. */
export function ProjectCard({ project }: ProjectCardProps) {
  const { t } = useTranslation('projects');
  const { total, done, overdue } = project.taskCounts;
  return (
    <Card size="small" style={{ height: '100%', borderTop: `3px solid ${project.color}` }}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="start" gap={8}>
          <Link to={`/projects/${project.key}`} style={{ minWidth: 0 }}>
            <Typography.Text strong ellipsis style={{ display: 'block' }}>
              {project.name}
            </Typography.Text>
          </Link>
          <ProjectStatusTag status={project.status} />
        </Flex>
        <Space size={8} wrap>
          <Typography.Text type="secondary" code>
            {project.key}
          </Typography.Text>
          {project.visibility === 'private' ? (
            <Tooltip title={t('private')}>
              <LockOutlined aria-label={t('private')} />
            </Tooltip>
          ) : null}
          <Typography.Text type="secondary">{t('members', { count: project.memberCount })}</Typography.Text>
        </Space>
        <Progress
          percent={progressPercent(project.taskCounts)}
          size="small"
          aria-label={t('progress', { done, total })}
          format={() => `${done}/${total}`}
        />
        <Flex justify="space-between" align="center">
          {project.lead ? (
            <Space size={6}>
              <UserAvatar
                name={project.lead.name}
                initials={project.lead.initials}
                color={project.lead.avatarColor}
                size="small"
              />
              <Typography.Text>{project.lead.name}</Typography.Text>
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('noLead')}</Typography.Text>
          )}
          {overdue > 0 ? (
            <Typography.Text type="danger">
              <WarningOutlined /> {t('overdue', { count: overdue })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}
