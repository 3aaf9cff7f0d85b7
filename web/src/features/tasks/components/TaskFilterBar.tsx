import { ClearOutlined } from '@ant-design/icons';
import { TASK_PRIORITIES, type TaskStatus } from '@meridian/contracts';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@/features/projects/api/label-queries';
import { useProjectMembers } from '@/features/projects/api/project-queries';
import {
  countActiveFilters,
  EMPTY_FILTERS,
  GROUP_BYS,
  type TaskListFilters,
} from '@/features/tasks/internal/list-filters';

export type TaskFilterBarProps = {
  projectId: string | undefined;
  statuses: TaskStatus[];
  filters: TaskListFilters;
  onChange: (filters: TaskListFilters) => void;
};

/** Search, status, priority, assignee (me / none), labels, due range, blocked, and grouping; all combine. */
export function TaskFilterBar({ projectId, statuses, filters, onChange }: TaskFilterBarProps) {
  const { t } = useTranslation('tasks');
  const members = useProjectMembers(projectId);
  const labels = useLabels(projectId);
  const set = (patch: Partial<TaskListFilters>) => onChange({ ...filters, ...patch });
  const active = countActiveFilters(filters);
  const blockedValue = filters.blocked === null ? 'any' : filters.blocked ? 'yes' : 'no';

  return (
    <Flex gap={8} wrap align="center" role="search" aria-label={t('filters.label')}>
      <Input.Search
        aria-label={t('filters.search')}
        placeholder={t('filters.search')}
        defaultValue={filters.q}
        key={filters.q}
        allowClear
        onSearch={(q) => set({ q })}
        style={{ width: 220 }}
      />
      <Select
        mode="multiple"
        aria-label={t('columns.status')}
        placeholder={t('columns.status')}
        value={filters.statusIds}
        onChange={(statusIds: string[]) => set({ statusIds })}
        options={statuses.map((status) => ({ value: status.id, label: status.name }))}
        maxTagCount="responsive"
        style={{ minWidth: 140 }}
      />
      <Select
        mode="multiple"
        aria-label={t('columns.priority')}
        placeholder={t('columns.priority')}
        value={filters.priorities}
        onChange={(priorities) => set({ priorities })}
        options={TASK_PRIORITIES.map((priority) => ({ value: priority, label: t(`priority.${priority}`) }))}
        maxTagCount="responsive"
        style={{ minWidth: 130 }}
      />
      <Select
        mode="multiple"
        aria-label={t('columns.assignee')}
        placeholder={t('columns.assignee')}
        value={filters.assigneeIds}
        onChange={(assigneeIds: string[]) => set({ assigneeIds })}
        showSearch={{ optionFilterProp: 'label' }}
        options={[
          { value: 'me', label: t('filters.me') },
          { value: 'none', label: t('fields.unassigned') },
          ...(members.data ?? []).map(({ user }) => ({ value: user.id, label: user.name })),
        ]}
        maxTagCount="responsive"
        style={{ minWidth: 140 }}
      />
      <Select
        mode="multiple"
        aria-label={t('columns.labels')}
        placeholder={t('columns.labels')}
        value={filters.labelIds}
        onChange={(labelIds: string[]) => set({ labelIds })}
        showSearch={{ optionFilterProp: 'label' }}
        options={(labels.data ?? []).map((label) => ({ value: label.id, label: label.name }))}
        maxTagCount="responsive"
        style={{ minWidth: 130 }}
      />
      <DatePicker.RangePicker
        aria-label={t('filters.due')}
        placeholder={[t('filters.dueFrom'), t('filters.dueTo')]}
        allowEmpty={[true, true]}
        value={[filters.dueFrom ? dayjs(filters.dueFrom) : null, filters.dueTo ? dayjs(filters.dueTo) : null]}
        onChange={(range) =>
          set({
            dueFrom: range?.[0] ? range[0].format('YYYY-MM-DD') : null,
            dueTo: range?.[1] ? range[1].format('YYYY-MM-DD') : null,
          })
        }
      />
      <Select
        aria-label={t('filters.blocked')}
        value={blockedValue}
        onChange={(value) => set({ blocked: value === 'any' ? null : value === 'yes' })}
        options={[
          { value: 'any', label: t('filters.blockedAny') },
          { value: 'yes', label: t('filters.blockedYes') },
          { value: 'no', label: t('filters.blockedNo') },
        ]}
        style={{ width: 130 }}
      />
      <Select
        aria-label={t('filters.groupBy')}
        value={filters.groupBy}
        onChange={(groupBy) => set({ groupBy })}
        options={GROUP_BYS.map((groupBy) => ({ value: groupBy, label: t(`groupBy.${groupBy}`) }))}
        style={{ width: 150 }}
      />
      {active > 0 ? (
        <Button
          icon={<ClearOutlined />}
          onClick={() => onChange({ ...EMPTY_FILTERS, sort: filters.sort, groupBy: filters.groupBy })}
        >
          {t('filters.clear', { count: active })}
        </Button>
      ) : null}
    </Flex>
  );
}
