import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DEPENDENCY_TYPES, type DependencyType, type TaskDetail } from '@meridian/contracts';
import { Alert, Button, Flex, InputNumber, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddDependency, useRemoveDependency } from '@/features/tasks/api/task-detail-mutations';
import { useTaskDependencies, useTasks } from '@/features/tasks/api/task-queries';
import type { DependencyList } from '@/features/tasks/api/task-types';
import { useTaskDrawer } from '@/features/tasks/hooks/use-task-drawer';
import { ApiError } from '@/shared/api/client';
import { describeError } from '@/shared/api/error-message';

type Dependency = DependencyList['predecessors'][number];

/** Predecessors and successors (finish-to-start…, lag in days); a cycle is refused with a clear message. */
export function DependenciesSection({ task }: { task: TaskDetail }) {
  const { t } = useTranslation('tasks');
  const dependencies = useTaskDependencies(task.id);
  const add = useAddDependency();
  const remove = useRemoveDependency();
  const { openTask } = useTaskDrawer();
  const [search, setSearch] = useState('');
  const candidates = useTasks(
    { projectId: task.projectId, q: search || undefined, limit: 20 },
    { enabled: task.abilities.update },
  );
  const [predecessorId, setPredecessorId] = useState<string | null>(null);
  const [type, setType] = useState<DependencyType>('fs');
  const [lagDays, setLagDays] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const handleAdd = () => {
    if (!predecessorId) return;
    setError(null);
    add.mutate(
      { taskId: task.id, body: { predecessorId, type, lagDays } },
      {
        onSuccess: () => setPredecessorId(null),
        onError: (cause) =>
          setError(
            cause instanceof ApiError && cause.code === 'dependency_cycle'
              ? t('detail.cycle')
              : describeError(t, cause),
          ),
      },
    );
  };
  const renderItem = (dependency: Dependency, other: Dependency['predecessor']) => (
    <List.Item
      actions={
        task.abilities.update
          ? [
              <Button
                key="delete"
                type="text"
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('detail.removeDependency', { key: other.key })}
                onClick={() => remove.mutate({ taskId: task.id, dependencyId: dependency.id })}
              />,
            ]
          : []
      }
    >
      <Flex gap={8} align="center" wrap>
        <Tag>{t(`dependencyType.${dependency.type}`)}</Tag>
        <Typography.Link onClick={() => openTask(other.key)} delete={other.statusCategory === 'done'}>
          {other.key} · {other.title}
        </Typography.Link>
        {dependency.lagDays ? (
          <Typography.Text type="secondary">{t('detail.lag', { count: dependency.lagDays })}</Typography.Text>
        ) : null}
      </Flex>
    </List.Item>
  );
  const options = (candidates.data?.pages.flatMap((page) => page.items) ?? [])
    .filter((item) => item.id !== task.id)
    .map((item) => ({ value: item.id, label: `${item.key} · ${item.title}` }));

  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t('detail.waitsFor')}</Typography.Text>
      <List
        size="small"
        loading={dependencies.isLoading}
        dataSource={dependencies.data?.predecessors ?? []}
        locale={{ emptyText: t('detail.none') }}
        renderItem={(d) => renderItem(d, d.predecessor)}
      />
      <Typography.Text strong>{t('detail.blocks')}</Typography.Text>
      <List
        size="small"
        dataSource={dependencies.data?.successors ?? []}
        locale={{ emptyText: t('detail.none') }}
        renderItem={(d) => renderItem(d, d.successor)}
      />
      {task.abilities.update ? (
        <Flex gap={8} wrap>
          <Select
            aria-label={t('detail.predecessor')}
            placeholder={t('detail.predecessor')}
            showSearch={{ filterOption: false, onSearch: setSearch }}
            value={predecessorId}
            onChange={setPredecessorId}
            options={options}
            loading={candidates.isFetching}
            style={{ minWidth: 220, flex: 1 }}
          />
          <Select
            aria-label={t('detail.dependencyType')}
            value={type}
            onChange={setType}
            options={DEPENDENCY_TYPES.map((value) => ({ value, label: t(`dependencyType.${value}`) }))}
            style={{ width: 150 }}
          />
          <InputNumber
            aria-label={t('detail.lagDays')}
            value={lagDays}
            min={-365}
            max={365}
            onChange={(v) => setLagDays(v ?? 0)}
            addonAfter={t('detail.days')}
            style={{ width: 130 }}
          />
          <Button icon={<PlusOutlined />} onClick={handleAdd} loading={add.isPending} disabled={!predecessorId}>
            {t('detail.add')}
          </Button>
        </Flex>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} closable={{ onClose: () => setError(null) }} /> : null}
    </Flex>
  );
}
