import type { Project } from '@meridian/contracts';
import { App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { useShortcut } from '@/app/shortcuts/use-shortcut';
import { useProjectByKey, useProjects } from '@/features/projects/api/project-queries';
import { useCreateTask } from '@/features/tasks/api/task-mutations';
import { AssigneeSelect } from '@/features/tasks/components/task-fields';
import { closeQuickAdd, openQuickAdd, useQuickAddState } from '@/features/tasks/hooks/quick-add-store';
import { useTaskDrawer } from '@/features/tasks/hooks/use-task-drawer';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

type QuickAddValues = { title: string; projectId: string; assigneeId: string | null; dueDate: Dayjs | null };

/** `c` anywhere (or the top bar's "+"): title, project, assignee, due date; Enter creates. */
export function QuickAddTaskModal() {
  const { t } = useTranslation('tasks');
  const { message } = App.useApp();
  const { isOpen, defaults } = useQuickAddState();
  // Mounted in the app layout, above the project layout: the current project comes from the URL.
  const projectMatch = useMatch('/projects/:projectKey/*');
  const currentProject = useProjectByKey(projectMatch?.params.projectKey).data;
  const projects = useProjects({});
  const create = useCreateTask();
  const showError = useApiErrorHandler();
  const { openTask } = useTaskDrawer();
  const [form] = Form.useForm<QuickAddValues>();
  const [keepOpen, setKeepOpen] = useState(false);
  const projectId = Form.useWatch('projectId', form);
  useShortcut('c', () => openQuickAdd(), { scope: 'global', descriptionKey: 'shortcuts:quickAdd', enabled: !isOpen });

  const creatable = (projects.data ?? []).filter(
    (project: Project) => project.abilities.createTask && !project.archivedAt,
  );
  const initialValues = {
    title: '',
    projectId: defaults.projectId ?? currentProject?.id ?? creatable[0]?.id,
    assigneeId: defaults.assigneeId ?? null,
    dueDate: null,
  };

  const handleFinish = (values: QuickAddValues) =>
    create.mutate(
      {
        projectId: values.projectId,
        title: values.title.trim(),
        assigneeId: values.assigneeId ?? null,
        ...(values.dueDate ? { dueDate: values.dueDate.format('YYYY-MM-DD') } : {}),
      },
      {
        onSuccess: (task) => {
          void message.success({
            content: (
              <span>
                {t('quickAdd.created', { key: task.key })}{' '}
                <Button type="link" size="small" onClick={() => openTask(task.key)}>
                  {t('quickAdd.open')}
                </Button>
              </span>
            ),
          });
          if (keepOpen) form.setFieldsValue({ title: '' });
          else closeQuickAdd();
        },
        onError: (error) => showError(error, { form }),
      },
    );
  const submit = (stayOpen: boolean) => {
    setKeepOpen(stayOpen);
    form.submit();
  };

  return (
    <Modal
      open={isOpen}
      title={t('quickAdd.title')}
      onCancel={closeQuickAdd}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={closeQuickAdd}>
          {t('common:actions.cancel')}
        </Button>,
        <Button key="again" onClick={() => submit(true)} loading={create.isPending && keepOpen}>
          {t('quickAdd.saveAndNew')}
        </Button>,
        <Button key="ok" type="primary" onClick={() => submit(false)} loading={create.isPending && !keepOpen}>
          {t('quickAdd.create')}
        </Button>,
      ]}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={handleFinish} preserve={false}>
        <Form.Item
          name="title"
          label={t('columns.title')}
          rules={[{ required: true, whitespace: true, message: t('quickAdd.titleRequired') }]}
        >
          <Input
            autoFocus
            maxLength={500}
            placeholder={t('quickAdd.titlePlaceholder')}
            onPressEnter={(event) => {
              // Enter that picks an input-method candidate never submits.
              if (event.nativeEvent.isComposing || event.keyCode === 229) return;
              event.preventDefault();
              submit(event.shiftKey);
            }}
          />
        </Form.Item>
        <Form.Item
          name="projectId"
          label={t('fields.project')}
          rules={[{ required: true, message: t('quickAdd.projectRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={projects.isLoading}
            options={creatable.map((project) => ({ value: project.id, label: `${project.key} · ${project.name}` }))}
            onChange={() => form.setFieldsValue({ assigneeId: null })}
          />
        </Form.Item>
        <Form.Item name="assigneeId" label={t('columns.assignee')}>
          <AssigneeSelect projectId={projectId} value={undefined} onChange={() => undefined} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('columns.dueDate')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
