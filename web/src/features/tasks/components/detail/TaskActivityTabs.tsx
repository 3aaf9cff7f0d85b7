import type { TaskDetail } from '@meridian/contracts';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ActivityTimeline, CommentThread } from '@/features/comments';

/** Comments (with @mentions and reactions) and the change history of the task. */
export function TaskActivityTabs({ task }: { task: TaskDetail }) {
  const { t } = useTranslation('tasks');
  return (
    <Tabs
      items={[
        {
          key: 'comments',
          label: t('detail.comments', { count: task.commentCount }),
          children: (
            <CommentThread
              targetType="task"
              targetId={task.id}
              projectId={task.projectId}
              canComment={task.abilities.comment}
            />
          ),
        },
        {
          key: 'activity',
          label: t('detail.activity'),
          children: <ActivityTimeline targetType="task" targetId={task.id} />,
        },
      ]}
    />
  );
}
