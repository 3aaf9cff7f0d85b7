import type { TaskDetail as TaskDetailData } from '@meridian/contracts';
import { Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortcut } from '@/app/shortcuts/use-shortcut';
import { useUpdateTask } from '@/features/tasks/api/task-mutations';
import { AttachmentsSection } from '@/features/tasks/components/detail/AttachmentsSection';
import { ChecklistSection } from '@/features/tasks/components/detail/ChecklistSection';
import { DependenciesSection } from '@/features/tasks/components/detail/DependenciesSection';
import { DescriptionEditor } from '@/features/tasks/components/detail/DescriptionEditor';
import { SubtasksSection } from '@/features/tasks/components/detail/SubtasksSection';
import { TaskActivityTabs } from '@/features/tasks/components/detail/TaskActivityTabs';
import { TaskDetailHeader } from '@/features/tasks/components/detail/TaskDetailHeader';
import { TaskFieldsPanel } from '@/features/tasks/components/detail/TaskFieldsPanel';
import { TimeEntriesSection } from '@/features/tasks/components/detail/TimeEntriesSection';

export type TaskDetailProps = {
  task: TaskDetailData;
  variant: 'drawer' | 'page';
  /** Opened with `e`: start in title editing. */
  startEditing?: boolean;
  onDeleted: () => void;
};

/** Everything about one task; the drawer and the full page show the same component. */
export function TaskDetail({ task, variant, startEditing = false, onDeleted }: TaskDetailProps) {
  const { t } = useTranslation('tasks');
  const [isEditingTitle, setIsEditingTitle] = useState(startEditing);
  const update = useUpdateTask();
  useShortcut('e', () => setIsEditingTitle(true), {
    scope: 'task',
    descriptionKey: 'shortcuts:editTitle',
    enabled: task.abilities.update,
  });
  const count = (n: number) => (n > 0 ? ` ${n}` : '');

  return (
    <Flex vertical gap={16}>
      <TaskDetailHeader
        task={task}
        isEditingTitle={isEditingTitle}
        onEditingTitleChange={setIsEditingTitle}
        showOpenPage={variant === 'drawer'}
        onDeleted={onDeleted}
      />
      <TaskFieldsPanel task={task} />
      <section aria-labelledby={`desc-${task.id}`}>
        <Typography.Title level={5} id={`desc-${task.id}`}>
          {t('detail.description')}
        </Typography.Title>
        <DescriptionEditor
          value={task.description}
          canEdit={task.abilities.update}
          isSaving={update.isPending}
          onSave={(description) => update.mutate({ id: task.id, body: { description, version: task.version } })}
        />
      </section>
      <Tabs
        items={[
          {
            key: 'checklist',
            label: `${t('detail.checklist')}${count(task.checklist.length)}`,
            children: <ChecklistSection task={task} />,
          },
          {
            key: 'subtasks',
            label: `${t('detail.subtasks')}${count(task.subtaskCounts.total)}`,
            children: <SubtasksSection task={task} />,
          },
          { key: 'dependencies', label: t('detail.dependencies'), children: <DependenciesSection task={task} /> },
          { key: 'time', label: t('detail.time'), children: <TimeEntriesSection task={task} /> },
          { key: 'attachments', label: t('detail.attachments'), children: <AttachmentsSection task={task} /> },
        ]}
      />
      <TaskActivityTabs task={task} />
    </Flex>
  );
}
