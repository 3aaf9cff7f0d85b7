import { TASK_PRIORITIES } from '@meridian/contracts';
import { Flex, Input, Segmented, Select, Switch, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSettings } from '@/features/board/internal/board-params';
import { useLabels } from '@/features/projects/api/label-queries';
import { useProjectMembers } from '@/features/projects/api/project-queries';

export type BoardParam = 'group' | 'lanes' | 'assignee' | 'priority' | 'label' | 'q';

export type BoardToolbarProps = {
  projectId: string;
  settings: BoardSettings;
  onChange: (name: BoardParam, value: string) => void;
};

const csv = (value: string | undefined) => (value ? value.split(',') : []);

/** Grouping, swimlanes and the filters of the board, all kept in the URL. */
export function BoardToolbar({ projectId, settings, onChange }: BoardToolbarProps) {
  const { t } = useTranslation('board');
  const members = useProjectMembers(projectId);
  const labels = useLabels(projectId);
  const lanesId = useId();
  const { filters } = settings;
  return (
    <Flex gap={8} wrap align="center" role="search" aria-label={t('toolbar.label')}>
      <Segmented
        aria-label={t('toolbar.groupBy')}
        value={settings.groupBy}
        onChange={(value) => onChange('group', String(value))}
        options={[
          { value: 'status', label: t('groupBy.status') },
          { value: 'assignee', label: t('groupBy.assignee') },
          { value: 'priority', label: t('groupBy.priority') },
        ]}
      />
      <Flex align="center" gap={6}>
        <Switch
          id={lanesId}
          size="small"
          checked={settings.withLanes}
          disabled={settings.groupBy === 'assignee'}
          onChange={(checked) => onChange('lanes', checked ? 'assignee' : 'none')}
        />
        <Typography.Text>
          <label htmlFor={lanesId}>{t('toolbar.swimlanes')}</label>
        </Typography.Text>
      </Flex>
      <Input.Search
        key={filters.q ?? ''}
        allowClear
        defaultValue={filters.q}
        aria-label={t('toolbar.search')}
        placeholder={t('toolbar.search')}
        onSearch={(value) => onChange('q', value.trim())}
        style={{ width: 200 }}
      />
      <Select
        mode="multiple"
        allowClear
        aria-label={t('toolbar.assignee')}
        placeholder={t('toolbar.assignee')}
        value={csv(filters.assigneeId)}
        onChange={(ids: string[]) => onChange('assignee', ids.join(','))}
        showSearch={{ optionFilterProp: 'label' }}
        maxTagCount="responsive"
        style={{ minWidth: 140 }}
        options={[
          { value: 'me', label: t('toolbar.me') },
          { value: 'none', label: t('column.unassigned') },
          ...(members.data ?? []).map(({ user }) => ({ value: user.id, label: user.name })),
        ]}
      />
      <Select
        mode="multiple"
        allowClear
        aria-label={t('toolbar.priority')}
        placeholder={t('toolbar.priority')}
        value={csv(filters.priority)}
        onChange={(values: string[]) => onChange('priority', values.join(','))}
        maxTagCount="responsive"
        style={{ minWidth: 130 }}
        options={TASK_PRIORITIES.map((priority) => ({ value: priority, label: t(`priority.${priority}`) }))}
      />
      <Select
        mode="multiple"
        allowClear
        aria-label={t('toolbar.labels')}
        placeholder={t('toolbar.labels')}
        value={csv(filters.labelId)}
        onChange={(ids: string[]) => onChange('label', ids.join(','))}
        showSearch={{ optionFilterProp: 'label' }}
        maxTagCount="responsive"
        style={{ minWidth: 130 }}
        options={(labels.data ?? []).map((label) => ({ value: label.id, label: label.name }))}
      />
    </Flex>
  );
}
