import type { ActivityEntry, CommentTargetType } from '@meridian/contracts';
import { Alert, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useActivity } from '@/features/comments/api/comment-queries';
import { describeAction, describeChanges } from '@/features/comments/internal/activity-text';
import { flattenPages } from '@/shared/api/pages';
import { useDateFormat } from '@/shared/format/use-date-format';
import { EmptyState } from '@/shared/ui/EmptyState';
import { LoadMore } from '@/shared/ui/LoadMore';

/** A comment's entry quotes its text (the audit keeps a plain-text excerpt). */
function commentExcerpt(changes: ActivityEntry['changes']) {
  const body = changes.find((c) => c.field === 'body')?.to;
  return typeof body === 'string' && body ? (
    <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis>
      “{body}”
    </Typography.Text>
  ) : null;
}

export type ActivityTimelineProps = { targetType: CommentTargetType; targetId: string };

/** Who changed what on a task or project, newest first, worded in the reader's language. */
export function ActivityTimeline({ targetType, targetId }: ActivityTimelineProps) {
  const { t } = useTranslation('comments');
  const format = useDateFormat();
  const activity = useActivity({ targetType, targetId });
  const entries = flattenPages(activity.data);
  if (activity.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (activity.isError) return <Alert type="error" showIcon message={t('activity.loadFailed')} />;
  if (entries.length === 0) return <EmptyState description={t('activity.empty')} />;
  return (
    <section aria-label={t('activity.title')}>
      <Timeline
        items={entries.map((entry) => ({
          key: entry.id,
          children: (
            <Flex vertical gap={2}>
              <Typography.Text>
                <Typography.Text strong>{entry.actor?.name ?? t('activity.system')}</Typography.Text>{' '}
                {describeAction(entry.action, t)}
                {targetType === 'project' && entry.targetType === 'task' ? ` ${entry.targetLabel}` : ''}
              </Typography.Text>
              {entry.action.startsWith('comment.')
                ? commentExcerpt(entry.changes)
                : describeChanges(entry.changes, t).map((line) => (
                    <Typography.Text key={line} type="secondary" style={{ fontSize: 13 }}>
                      {line}
                    </Typography.Text>
                  ))}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <time dateTime={entry.at} title={format.dateTime(entry.at)}>
                  {format.relative(entry.at)}
                </time>
              </Typography.Text>
            </Flex>
          ),
        }))}
      />
      <LoadMore
        hasMore={activity.hasNextPage}
        isLoading={activity.isFetchingNextPage}
        onLoadMore={() => void activity.fetchNextPage()}
        shown={entries.length}
      />
    </section>
  );
}
