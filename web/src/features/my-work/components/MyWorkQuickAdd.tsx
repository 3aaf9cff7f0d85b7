import { PlusOutlined } from '@ant-design/icons';
import type { Project } from '@meridian/contracts';
import { App, Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateTask } from '@/features/tasks/api/task-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSession } from '@/shared/session/session-context';
import { isImeEnter } from '@/shared/ui/ime-enter-guard';

export type MyWorkQuickAddProps = { projects: Project[] };

const LAST_PROJECT_KEY = 'meridian.myWork.lastProject';

/** Title and project, Enter to add: the task is assigned to me and lands in the project's first status. */
export function MyWorkQuickAdd({ projects }: MyWorkQuickAddProps) {
  const { t } = useTranslation('myWork');
  const { message } = App.useApp();
  const me = useSession().user;
  const create = useCreateTask();
  const showError = useApiErrorHandler();
  const [title, setTitle] = useState('');
  const usable = projects.filter((project) => project.abilities.createTask);
  const [projectId, setProjectId] = useState<string | undefined>(() => {
    const last = typeof localStorage === 'undefined' ? null : localStorage.getItem(LAST_PROJECT_KEY);
    return last ?? undefined;
  });
  const selected = usable.find((project) => project.id === projectId) ?? usable[0];

  const submit = () => {
    const text = title.trim();
    if (!text || !selected || create.isPending) return;
    create.mutate(
      { projectId: selected.id, title: text, assigneeId: me.id },
      {
        onSuccess: (task) => {
          setTitle('');
          localStorage.setItem(LAST_PROJECT_KEY, selected.id);
          void message.success(t('quickAdd.done', { key: task.key }));
        },
        onError: (error) => showError(error),
      },
    );
  };

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Input
        value={title}
        maxLength={500}
        onChange={(event) => setTitle(event.target.value)}
        onPressEnter={(event) => {
          if (!isImeEnter(event.nativeEvent)) submit();
        }}
        placeholder={t('quickAdd.placeholder')}
        aria-label={t('quickAdd.title')}
        disabled={!selected}
        style={{ flex: '1 1 240px' }}
      />
      <Select
        value={selected?.id}
        onChange={setProjectId}
        aria-label={t('quickAdd.project')}
        placeholder={t('quickAdd.project')}
        showSearch={{ optionFilterProp: 'label' }}
        options={usable.map((project) => ({ value: project.id, label: `${project.key} · ${project.name}` }))}
        style={{ flex: '0 1 220px', minWidth: 160 }}
      />
      <Button type="primary" icon={<PlusOutlined />} onClick={submit} loading={create.isPending} disabled={!selected}>
        {t('quickAdd.submit')}
      </Button>
    </Flex>
  );
}
