import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Project, StatusCategory, TaskStatus } from '@meridian/contracts';
import { App, Button, ColorPicker, Flex, Input, InputNumber, List, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateStatus, useDeleteStatus, useUpdateStatus } from '@/features/projects/api/project-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

const CATEGORIES: StatusCategory[] = ['todo', 'in_progress', 'done'];

/** The board's columns: name, category, colour, WIP limit, order; deleting asks where the tasks go. */
export function ProjectStatusesEditor({ project }: { project: Project }) {
  const { t } = useTranslation('projects');
  const { modal } = App.useApp();
  const create = useCreateStatus();
  const update = useUpdateStatus();
  const remove = useDeleteStatus();
  const showError = useApiErrorHandler();
  const [newName, setNewName] = useState('');
  const disabled = !project.abilities.manageStatuses;
  const onError = (error: unknown) => showError(error);
  const patch = (status: TaskStatus, body: Record<string, unknown>) =>
    update.mutate(
      { projectId: project.id, statusId: status.id, body: { ...body, version: status.version } },
      { onError },
    );

  const handleDelete = (status: TaskStatus) => {
    const others = project.statuses.filter((s) => s.id !== status.id);
    let moveTo = others[0]?.id ?? '';
    modal.confirm({
      title: t('statusList.deleteTitle', { name: status.name }),
      content: (
        <Flex vertical gap={8}>
          <span>{t('statusList.moveTo')}</span>
          <Select
            aria-label={t('statusList.moveTo')}
            defaultValue={moveTo}
            onChange={(value) => {
              moveTo = value;
            }}
            options={others.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Flex>
      ),
      okButtonProps: { danger: true },
      okText: t('statusList.delete'),
      onOk: () => remove.mutateAsync({ projectId: project.id, statusId: status.id, moveTo }).catch(onError),
    });
  };

  return (
    <Flex vertical gap={12}>
      <List
        dataSource={project.statuses}
        renderItem={(status, index) => (
          <List.Item>
            <Flex gap={8} wrap align="center" style={{ width: '100%' }}>
              <ColorPicker
                size="small"
                disabledAlpha
                disabled={disabled}
                value={status.color}
                onChangeComplete={(color) => patch(status, { color: color.toHexString() })}
              />
              <Input
                aria-label={t('statusList.name')}
                defaultValue={status.name}
                disabled={disabled}
                maxLength={40}
                style={{ width: 160 }}
                onBlur={(e) => {
                  const name = e.target.value.trim();
                  if (name && name !== status.name) patch(status, { name });
                }}
              />
              <Select
                aria-label={t('statusList.category')}
                value={status.category}
                disabled={disabled}
                style={{ width: 120 }}
                options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
                onChange={(category) => patch(status, { category })}
              />
              <InputNumber
                aria-label={t('statusList.wipLimit')}
                placeholder={t('statusList.noLimit')}
                min={1}
                max={999}
                disabled={disabled}
                defaultValue={status.wipLimit ?? undefined}
                style={{ width: 110 }}
                onBlur={(e) => {
                  const value = e.target.value ? Number(e.target.value) : null;
                  if (value !== status.wipLimit) patch(status, { wipLimit: value });
                }}
              />
              <Space size={4}>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t('statusList.moveUp')}
                  disabled={disabled || index === 0}
                  onClick={() => patch(status, { position: index - 1 })}
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t('statusList.moveDown')}
                  disabled={disabled || index === project.statuses.length - 1}
                  onClick={() => patch(status, { position: index + 1 })}
                />
                <Button
                  size="small"
                  danger
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('statusList.delete')}
                  disabled={disabled || project.statuses.length <= 1}
                  onClick={() => handleDelete(status)}
                />
              </Space>
            </Flex>
          </List.Item>
        )}
      />
      {disabled ? null : (
        <Space.Compact style={{ maxWidth: 360 }}>
          <Input
            aria-label={t('statusList.name')}
            placeholder={t('statusList.name')}
            value={newName}
            maxLength={40}
            onChange={(e) => setNewName(e.target.value)}
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!newName.trim()}
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { projectId: project.id, body: { name: newName.trim(), category: 'in_progress' } },
                { onSuccess: () => setNewName(''), onError },
              )
            }
          >
            {t('statusList.add')}
          </Button>
        </Space.Compact>
      )}
    </Flex>
  );
}
