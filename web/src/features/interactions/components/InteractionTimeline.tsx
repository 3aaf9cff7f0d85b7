import { DeleteOutlined } from '@ant-design/icons';
import type { Interaction } from '@meridian/contracts';
import { Button, Empty, Flex, Popconfirm, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeleteInteraction, useInteractions } from '@/features/interactions/api/interaction-queries';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

export type InteractionTimelineProps = { customerId?: string | undefined; dealId?: string | undefined };

/** The follow-up log (跟进记录) of a customer or a deal, newest first, with "load more". */
export function InteractionTimeline({ customerId, dealId }: InteractionTimelineProps) {
  const { t, i18n } = useTranslation('interactions');
  const query = useInteractions({ customerId, dealId });
  const remove = useDeleteInteraction();
  const showError = useApiErrorHandler();
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  if (!query.isLoading && items.length === 0) return <Empty description={t('timeline.empty')} />;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <Timeline
        items={items.map((item: Interaction) => ({
          key: item.id,
          children: (
            <Flex vertical gap={2}>
              <Flex gap={8} align="center" wrap>
                <Tag>{t(`kinds.${item.kind}`)}</Tag>
                <Typography.Text type="secondary">{when(item.occurredAt)}</Typography.Text>
                <Typography.Text type="secondary">{item.createdBy?.name}</Typography.Text>
                {item.abilities.delete ? (
                  <Popconfirm
                    title={t('timeline.deleteConfirm')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove.mutate(item.id, { onError: (e) => showError(e) })}
                  >
                    <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('timeline.delete')} />
                  </Popconfirm>
                ) : null}
              </Flex>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{item.summary}</Typography.Paragraph>
              {item.outcome ? <Typography.Text>{t('timeline.outcome', { text: item.outcome })}</Typography.Text> : null}
              {item.nextStep ? (
                <Typography.Text type="secondary">
                  {t('timeline.nextStep', { text: item.nextStep })}
                  {item.nextStepDue ? ` · ${item.nextStepDue}` : ''}
                </Typography.Text>
              ) : null}
              {item.contacts.length ? (
                <Typography.Text type="secondary">
                  {t('timeline.contacts', { names: item.contacts.map((c) => c.name).join('、') })}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        }))}
      />
      {query.hasNextPage ? (
        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {t('timeline.more')}
        </Button>
      ) : null}
    </>
  );
}
