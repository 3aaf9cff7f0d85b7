import { CalendarOutlined } from '@ant-design/icons';
import type { Project, Task } from '@meridian/contracts';
import { Card, Flex, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useToday } from '@/features/calendar/hooks/use-today';
import { MyWorkQuickAdd } from '@/features/my-work/components/MyWorkQuickAdd';
import { MyWorkTaskRow } from '@/features/my-work/components/MyWorkTaskRow';
import { countMine, firstDoneStatus, sectionsOf } from '@/features/my-work/internal/my-work-sections';
import { useProjects } from '@/features/projects/api/project-queries';
import { useMyWork } from '@/features/tasks/api/task-queries';
import { useStatusChange } from '@/features/tasks/hooks/use-status-change';
import { ButtonLink } from '@/shared/ui/ButtonLink';
import { EmptyState } from '@/shared/ui/EmptyState';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

/** `/my-work`: my tasks across projects by urgency, and what I wait for from others. */
export function MyWorkPage() {
  const { t } = useTranslation('myWork');
  const myWork = useMyWork();
  const projects = useProjects();
  const today = useToday();
  const { changeStatus, completionModal } = useStatusChange();
  const projectById = useMemo(
    () => new Map<string, Project>((projects.data ?? []).map((project) => [project.id, project])),
    [projects.data],
  );

  const handleMarkDone = (task: Task) => {
    const done = firstDoneStatus(projectById.get(task.projectId));
    // Finishing asks for an optional completion note first; the section refreshes once it is saved.
    if (done) changeStatus(task, done);
  };

  const sections = myWork.data ? sectionsOf(myWork.data) : [];
  const hasNothing = myWork.data ? countMine(myWork.data) === 0 : false;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={myWork.data ? t('summary', { count: countMine(myWork.data) }) : t('description')}
      />
      <MyWorkQuickAdd projects={projects.data ?? []} />
      {myWork.isPending ? <Skeleton active /> : null}
      {myWork.isError ? <ErrorResult error={myWork.error} onRetry={() => void myWork.refetch()} /> : null}
      <Flex vertical gap={16}>
        {sections.map((section) => (
          <Card
            key={section.key}
            size="small"
            title={
              <Typography.Text type={section.tone === 'danger' ? 'danger' : undefined} strong>
                {t(section.titleKey)} · {t('count', { count: section.tasks.length })}
              </Typography.Text>
            }
          >
            {section.tasks.length === 0 ? (
              <EmptyState description={t(hasNothing ? 'empty.all' : 'empty.today')}>
                {hasNothing ? (
                  <ButtonLink to="/projects" icon={<CalendarOutlined />}>
                    {t('empty.browseProjects')}
                  </ButtonLink>
                ) : null}
              </EmptyState>
            ) : (
              <ul style={{ margin: 0, padding: 0 }} aria-label={t(section.titleKey)}>
                {section.tasks.map((task) => (
                  <MyWorkTaskRow
                    key={task.id}
                    task={task}
                    project={projectById.get(task.projectId)}
                    today={today}
                    showAssignee={section.key === 'waitingOnOthers'}
                    onMarkDone={
                      section.key !== 'waitingOnOthers' && firstDoneStatus(projectById.get(task.projectId))
                        ? handleMarkDone
                        : undefined
                    }
                  />
                ))}
              </ul>
            )}
          </Card>
        ))}
      </Flex>
      {completionModal}
    </>
  );
}
