import type { TaskDetail, UpdateTaskBody } from '@meridian/contracts';
import { DatePicker, Descriptions, InputNumber, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProject } from '@/features/projects/api/project-queries';
import { useUpdateTask } from '@/features/tasks/api/task-mutations';
import { StatusTag } from '@/features/tasks/components/StatusTag';
import { AssigneeSelect, LabelSelect, PrioritySelect, StatusSelect } from '@/features/tasks/components/task-fields';
import { useStatusChange } from '@/features/tasks/hooks/use-status-change';
import { useIsMobile } from '@/shared/hooks/use-is-mobile';

/** Status, priority, assignee, dates, estimate, labels and milestone, each saved as it changes. */
export function TaskFieldsPanel({ task }: { task: TaskDetail }) {
  const { t } = useTranslation('tasks');
  const isMobile = useIsMobile();
  const project = useProject(task.projectId);
  const update = useUpdateTask();
  const { changeStatus, completionModal } = useStatusChange();
  const canEdit = task.abilities.update;
  const save = (body: UpdateTaskBody) =>
    update.mutate({ id: task.id, body: { ...body, version: task.version }, optimistic: body as never });
  const date = (value: string | null) => (value ? dayjs(value) : null);

  return (
    <>
      <Descriptions column={isMobile ? 1 : 2} size="small" bordered>
        <Descriptions.Item label={t('columns.status')}>
          {canEdit && project.data ? (
            <StatusSelect
              aria-label={t('columns.status')}
              size="small"
              statuses={project.data.statuses}
              value={task.status.id}
              onChange={(status) => changeStatus(task, status)}
            />
          ) : (
            <StatusTag name={task.status.name} color={task.status.color} />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('columns.priority')}>
          <PrioritySelect
            aria-label={t('columns.priority')}
            size="small"
            disabled={!canEdit}
            value={task.priority}
            onChange={(priority) => save({ priority })}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('columns.assignee')}>
          <AssigneeSelect
            aria-label={t('columns.assignee')}
            size="small"
            disabled={!canEdit}
            projectId={task.projectId}
            value={task.assignee?.id ?? null}
            onChange={(assigneeId) => update.mutate({ id: task.id, body: { assigneeId, version: task.version } })}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.reporter')}>{task.reporter?.name ?? '–'}</Descriptions.Item>
        {(['startDate', 'dueDate'] as const).map((field) => (
          <Descriptions.Item key={field} label={t(`columns.${field}`)}>
            <DatePicker
              aria-label={t(`columns.${field}`)}
              size="small"
              disabled={!canEdit}
              value={date(task[field])}
              onChange={(v) => save({ [field]: v ? v.format('YYYY-MM-DD') : null })}
            />
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('fields.estimate')}>
          <InputNumber
            aria-label={t('fields.estimate')}
            size="small"
            disabled={!canEdit}
            min={0}
            max={10000}
            step={0.25}
            defaultValue={task.estimateHours ?? undefined}
            key={`${task.id}-${task.version}`}
            onBlur={(event) => {
              const raw = event.target.value.trim();
              const value = raw === '' ? null : Number(raw);
              if (value !== task.estimateHours && (value === null || Number.isFinite(value)))
                save({ estimateHours: value });
            }}
            style={{ width: 100 }}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.logged')}>
          {t('detail.hoursValue', { count: task.loggedHours })}
        </Descriptions.Item>
        <Descriptions.Item label={t('columns.labels')} span={isMobile ? 1 : 2}>
          <LabelSelect
            aria-label={t('columns.labels')}
            size="small"
            disabled={!canEdit}
            projectId={task.projectId}
            value={task.labelIds}
            onChange={(labelIds) => save({ labelIds })}
            style={{ width: '100%' }}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.milestone')}>
          <Switch
            aria-label={t('fields.milestone')}
            size="small"
            disabled={!canEdit}
            checked={task.isMilestone}
            onChange={(isMilestone) => save({ isMilestone })}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.project')}>{task.projectName}</Descriptions.Item>
      </Descriptions>
      {completionModal}
    </>
  );
}
