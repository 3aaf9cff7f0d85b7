import { TASK_PRIORITIES, type TaskPriority, type TaskStatus } from '@meridian/contracts';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@/features/projects/api/label-queries';
import { useProjectMembers } from '@/features/projects/api/project-queries';
import { PriorityTag } from '@/features/tasks/components/PriorityTag';
import { StatusTag } from '@/features/tasks/components/StatusTag';
import { UserAvatar } from '@/shared/ui/UserAvatar';

type CommonProps = Pick<SelectProps, 'variant' | 'size' | 'disabled' | 'style' | 'aria-label' | 'id' | 'placeholder'>;

export type StatusSelectProps = CommonProps & {
  statuses: TaskStatus[];
  value: string | undefined;
  onChange: (status: TaskStatus) => void;
};

/** The project's statuses in board order. */
export function StatusSelect({ statuses, value, onChange, ...rest }: StatusSelectProps) {
  const sorted = [...statuses].sort((a, b) => a.position - b.position);
  return (
    <Select
      {...rest}
      value={value}
      popupMatchSelectWidth={false}
      style={{ minWidth: 110, ...rest.style }}
      options={sorted.map((status) => ({
        value: status.id,
        label: <StatusTag name={status.name} color={status.color} />,
      }))}
      onChange={(id: string) => {
        const status = statuses.find((item) => item.id === id);
        if (status) onChange(status);
      }}
    />
  );
}

export type PrioritySelectProps = CommonProps & {
  value: TaskPriority | undefined;
  onChange: (p: TaskPriority) => void;
};

export function PrioritySelect({ value, onChange, ...rest }: PrioritySelectProps) {
  return (
    <Select
      {...rest}
      value={value}
      popupMatchSelectWidth={false}
      style={{ minWidth: 96, ...rest.style }}
      options={TASK_PRIORITIES.map((priority) => ({ value: priority, label: <PriorityTag priority={priority} /> }))}
      onChange={onChange}
    />
  );
}

export type AssigneeSelectProps = CommonProps & {
  projectId: string | undefined;
  value: string | null | undefined;
  onChange: (userId: string | null) => void;
  allowUnassigned?: boolean;
};

const NONE = '__none__';

/** A project member, searchable by name; "unassigned" clears. */
export function AssigneeSelect({ projectId, value, onChange, allowUnassigned = true, ...rest }: AssigneeSelectProps) {
  const { t } = useTranslation('tasks');
  const members = useProjectMembers(projectId);
  const options = [
    ...(allowUnassigned ? [{ value: NONE, label: t('fields.unassigned'), search: t('fields.unassigned') }] : []),
    ...(members.data ?? []).map(({ user }) => ({
      value: user.id,
      search: user.name,
      label: (
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <UserAvatar name={user.name} initials={user.initials} color={user.avatarColor} size={20} />
          {user.name}
        </span>
      ),
    })),
  ];
  return (
    <Select
      {...rest}
      showSearch={{ optionFilterProp: 'search' }}
      loading={members.isLoading}
      value={value === null ? (allowUnassigned ? NONE : undefined) : value}
      placeholder={t('fields.unassigned')}
      popupMatchSelectWidth={false}
      style={{ minWidth: 120, ...rest.style }}
      options={options}
      onChange={(id: string) => onChange(id === NONE ? null : id)}
    />
  );
}

export type LabelSelectProps = CommonProps & {
  projectId: string | null | undefined;
  value: string[];
  onChange: (ids: string[]) => void;
};

export function LabelSelect({ projectId, value, onChange, ...rest }: LabelSelectProps) {
  const labels = useLabels(projectId);
  return (
    <Select
      {...rest}
      mode="multiple"
      value={value}
      loading={labels.isLoading}
      showSearch={{ optionFilterProp: 'search' }}
      style={{ minWidth: 160, ...rest.style }}
      options={(labels.data ?? []).map((label) => ({
        value: label.id,
        search: label.name,
        label: <StatusTag name={label.name} color={label.color} />,
      }))}
      onChange={onChange}
    />
  );
}
