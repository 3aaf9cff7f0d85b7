import { App, Button, Card, Empty, List, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useRestoreProject } from '@/features/projects/api/project-mutations';
import { useProjects } from '@/features/projects/api/project-queries';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

/** /projects/trash — deleted projects admins may restore within 30 days. */
export function ProjectTrashPage() {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const trash = useProjects({ deleted: true, sort: '-updatedAt' });
  const restore = useRestoreProject();
  const showError = useApiErrorHandler();
  return (
    <>
      <PageHeader title={t('trashPage.title')} description={t('trashPage.description')} />
      {trash.isPending ? <Skeleton active /> : null}
      {trash.isError ? <ErrorResult error={trash.error} onRetry={() => void trash.refetch()} /> : null}
      {trash.isSuccess ? (
        <Card>
          <List
            locale={{ emptyText: <Empty description={t('trashPage.empty')} /> }}
            dataSource={trash.data}
            renderItem={(project) => (
              <List.Item
                actions={[
                  <Button
                    key="restore"
                    loading={restore.isPending && restore.variables === project.id}
                    onClick={() =>
                      restore.mutate(project.id, {
                        onSuccess: () => void message.success(t('done.restored')),
                        onError: (error) => showError(error),
                      })
                    }
                  >
                    {t('actions.restore')}
                  </Button>,
                ]}
              >
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>
                    {project.name} <Typography.Text code>{project.key}</Typography.Text>
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('trashPage.deletedAt', { when: dayjs(project.deletedAt).fromNow() })}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </>
  );
}
