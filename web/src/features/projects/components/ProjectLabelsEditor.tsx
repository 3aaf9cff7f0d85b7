import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Project } from '@meridian/contracts';
import { Button, ColorPicker, Empty, Flex, Input, List, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '@/features/projects/api/label-queries';
import { useDeleteLabel, useSaveLabel } from '@/features/projects/api/project-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

/** The project's own labels (editable by who may update the project) beside the organisation's. */
export function ProjectLabelsEditor({ project }: { project: Project }) {
  const { t } = useTranslation('projects');
  const labels = useLabels(project.id);
  const save = useSaveLabel();
  const remove = useDeleteLabel();
  const showError = useApiErrorHandler();
  const [name, setName] = useState('');
  const canEdit = project.abilities.update && project.archivedAt === null;
  const onError = (error: unknown) => showError(error);

  return (
    <Flex vertical gap={12}>
      <List
        loading={labels.isPending}
        locale={{ emptyText: <Empty description={t('labelList.empty')} /> }}
        dataSource={labels.data ?? []}
        renderItem={(label) => {
          const editable = canEdit && label.projectId !== null;
          return (
            <List.Item
              actions={
                editable
                  ? [
                      <Button
                        key="delete"
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('labelList.delete')}
                        onClick={() => remove.mutate(label.id, { onError })}
                      />,
                    ]
                  : []
              }
            >
              <Space>
                <ColorPicker
                  size="small"
                  disabledAlpha
                  disabled={!editable}
                  value={label.color}
                  onChangeComplete={(color) =>
                    save.mutate({ id: label.id, body: { color: color.toHexString() } }, { onError })
                  }
                />
                <Tag color={label.color}>{label.name}</Tag>
                {label.projectId === null ? <Tag>{t('labelList.orgWide')}</Tag> : null}
              </Space>
            </List.Item>
          );
        }}
      />
      {canEdit ? (
        <Space.Compact style={{ maxWidth: 360 }}>
          <Input
            aria-label={t('labelList.name')}
            placeholder={t('labelList.name')}
            value={name}
            maxLength={40}
            onChange={(e) => setName(e.target.value)}
          />
          <Button
            icon={<PlusOutlined />}
            disabled={!name.trim()}
            onClick={() =>
              save.mutate(
                { body: { name: name.trim(), projectId: project.id } },
                { onSuccess: () => setName(''), onError },
              )
            }
          >
            {t('labelList.add')}
          </Button>
        </Space.Compact>
      ) : null}
    </Flex>
  );
}
