import { DeleteOutlined } from '@ant-design/icons';
import type { TaskDetail } from '@meridian/contracts';
import { Button, DatePicker, Flex, Form, Input, InputNumber, List, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useDeleteTimeEntry, useLogTime } from '@/features/tasks/api/task-detail-mutations';
import { useTimeEntries } from '@/features/tasks/api/task-queries';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

type LogTimeValues = { day: Dayjs; hours: number; note?: string };

/** Log time (day, hours in quarters, note) and the entries so far. */
export function TimeEntriesSection({ task }: { task: TaskDetail }) {
  const { t } = useTranslation('tasks');
  const [form] = Form.useForm<LogTimeValues>();
  const entries = useTimeEntries(task.id);
  const log = useLogTime();
  const remove = useDeleteTimeEntry();
  const showError = useApiErrorHandler();
  const handleFinish = (values: LogTimeValues) =>
    log.mutate(
      { taskId: task.id, body: { day: values.day.format('YYYY-MM-DD'), hours: values.hours, note: values.note ?? '' } },
      { onSuccess: () => form.resetFields(['hours', 'note']), onError: (error) => showError(error, { form }) },
    );
  return (
    <Flex vertical gap={8}>
      <Typography.Text>
        {t('detail.loggedOfEstimate', { logged: task.loggedHours, estimate: task.estimateHours ?? '–' })}
      </Typography.Text>
      {task.abilities.logTime ? (
        <Form
          form={form}
          layout="inline"
          onFinish={handleFinish}
          initialValues={{ day: dayjs() }}
          style={{ rowGap: 8 }}
        >
          <Form.Item name="day" label={t('detail.day')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item
            name="hours"
            label={t('detail.hours')}
            rules={[{ required: true, message: t('detail.hoursRequired') }]}
          >
            <InputNumber min={0.25} max={24} step={0.25} style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="note" label={t('detail.note')}>
            <Input maxLength={1000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={log.isPending}>
            {t('detail.logTime')}
          </Button>
        </Form>
      ) : null}
      <List
        size="small"
        loading={entries.isLoading}
        dataSource={entries.data?.items ?? []}
        locale={{ emptyText: t('detail.noTime') }}
        renderItem={(entry) => (
          <List.Item
            actions={
              entry.abilities.delete
                ? [
                    <Button
                      key="delete"
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={t('detail.deleteTimeEntry')}
                      onClick={() =>
                        remove.mutate({ taskId: task.id, entryId: entry.id }, { onError: (e) => showError(e) })
                      }
                    />,
                  ]
                : []
            }
          >
            <Flex gap={8} wrap>
              <span>{entry.day}</span>
              <strong>{t('detail.hoursValue', { count: entry.hours })}</strong>
              <span>{entry.user.name}</span>
              {entry.note ? <Typography.Text type="secondary">{entry.note}</Typography.Text> : null}
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
