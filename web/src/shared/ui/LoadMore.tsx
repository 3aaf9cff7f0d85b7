import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

export type LoadMoreProps = { hasMore: boolean; isLoading: boolean; onLoadMore: () => void; shown: number };

/** Cursor pagination: "load more" under a list, and how many rows are shown so far. */
export function LoadMore({ hasMore, isLoading, onLoadMore, shown }: LoadMoreProps) {
  const { t } = useTranslation('common');
  if (shown === 0 && !hasMore) return null;
  return (
    <Flex justify="center" align="center" gap={12} style={{ marginTop: 16 }} wrap>
      <span>{t('list.shown', { count: shown })}</span>
      {hasMore ? (
        <Button onClick={onLoadMore} loading={isLoading}>
          {t('list.loadMore')}
        </Button>
      ) : null}
    </Flex>
  );
}
