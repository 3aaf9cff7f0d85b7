import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { TaskDetail } from '@meridian/contracts';
import { Button, Flex, List, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeleteAttachment, useUploadAttachment } from '@/features/tasks/api/task-detail-mutations';
import { taskPaths } from '@/features/tasks/api/task-paths';
import { useAttachments } from '@/features/tasks/api/task-queries';
import { formatBytes } from '@/features/tasks/internal/format-bytes';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

/** Upload (multipart), list with type and size, download, delete. */
export function AttachmentsSection({ task }: { task: TaskDetail }) {
  const { t, i18n } = useTranslation('tasks');
  const attachments = useAttachments(task.id);
  const upload = useUploadAttachment();
  const remove = useDeleteAttachment();
  const showError = useApiErrorHandler();
  return (
    <Flex vertical gap={8}>
      {task.abilities.update ? (
        <Upload
          showUploadList={false}
          multiple
          customRequest={({ file, onSuccess, onError }) =>
            upload.mutate(
              { taskId: task.id, file: file as File },
              {
                onSuccess: (result) => onSuccess?.(result),
                onError: (error) => {
                  showError(error);
                  onError?.(error as Error);
                },
              },
            )
          }
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending}>
            {t('detail.upload')}
          </Button>
        </Upload>
      ) : null}
      <List
        size="small"
        loading={attachments.isLoading}
        dataSource={attachments.data?.items ?? []}
        locale={{ emptyText: t('detail.noAttachments') }}
        renderItem={(file) => (
          <List.Item
            actions={
              file.abilities.delete
                ? [
                    <Button
                      key="delete"
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('detail.deleteAttachment', { name: file.fileName })}
                      onClick={() =>
                        remove.mutate({ taskId: task.id, attachmentId: file.id }, { onError: (e) => showError(e) })
                      }
                    />,
                  ]
                : []
            }
          >
            <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
              <PaperClipOutlined aria-hidden />
              <Typography.Link href={taskPaths.attachmentDownload(task.id, file.id)} download={file.fileName} ellipsis>
                {file.fileName}
              </Typography.Link>
              <Typography.Text type="secondary">
                {file.contentType} · {formatBytes(file.sizeBytes, i18n.language)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
