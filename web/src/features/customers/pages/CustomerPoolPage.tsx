import { PlusOutlined } from '@ant-design/icons';
import type { Customer } from '@meridian/contracts';
import { Alert, App, Button, Card, Pagination } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePoolAction } from '@/features/customers/api/customer-mutations';
import { useCustomers, usePoolStatus } from '@/features/customers/api/customer-queries';
import { CreateCustomerModal } from '@/features/customers/components/CreateCustomerModal';
import { CustomerCardList } from '@/features/customers/components/CustomerCardList';
import { CustomerFiltersBar } from '@/features/customers/components/CustomerFiltersBar';
import { CustomerTable } from '@/features/customers/components/CustomerTable';
import { useCursorPages } from '@/features/customers/internal/cursor-pages';
import { readCustomerFilters } from '@/features/customers/internal/customer-filters';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useIsMobile } from '@/shared/hooks/use-is-mobile';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

/** The customer pool (公海池): unowned customers with a claim button and the claims left today. */
export function CustomerPoolPage() {
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const filters = { ...readCustomerFilters(params), ownerId: 'none' as const };
  const pages = useCursorPages(JSON.stringify(filters));
  const customers = useCustomers(filters, { limit: pages.pageSize, cursor: pages.cursor });
  const status = usePoolStatus();
  const poolAction = usePoolAction();
  const showError = useApiErrorHandler();
  const isMobile = useIsMobile();
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const nextCursor = customers.data?.nextCursor ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: remembering the page's cursor once it loads.
  useEffect(() => pages.remember(nextCursor), [nextCursor]);
  const remaining = status.data?.remainingToday;
  const claim = (c: Customer) => (
    <Button
      size="small"
      type="primary"
      disabled={!c.abilities.claim || remaining === 0}
      loading={poolAction.isPending && poolAction.variables?.id === c.id}
      onClick={() =>
        poolAction.mutate(
          { id: c.id, action: 'claim' },
          {
            onSuccess: () => void message.success(t('pool.claimed', { name: c.name })),
            onError: (error) => showError(error),
          },
        )
      }
    >
      {t('pool.claim')}
    </Button>
  );
  const pagination = {
    current: pages.page,
    pageSize: pages.pageSize,
    total: customers.data?.total ?? 0,
    showTotal: (count: number) => t('list.total', { count }),
    onChange: (page: number, size: number) => pages.goTo(page, size),
    itemRender: (page: number, type: string, element: React.ReactNode) =>
      type === 'page' && !pages.canGoTo(page) ? null : element,
  };

  return (
    <>
      <PageHeader
        title={t('pool.title')}
        description={t('pool.description')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setIsCreateOpen(true)}>
            {t('form.createInPool')}
          </Button>
        }
      />
      {status.data ? (
        <Alert
          type={remaining === 0 ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          message={
            remaining === null || remaining === undefined
              ? t('pool.unlimited', { held: status.data.held })
              : t('pool.remaining', { count: remaining, limit: status.data.dailyClaimLimit, held: status.data.held })
          }
        />
      ) : null}
      <Card>
        <CustomerFiltersBar hideOwner />
        {customers.isError ? (
          <ErrorResult error={customers.error} onRetry={() => void customers.refetch()} />
        ) : isMobile ? (
          <>
            <CustomerCardList customers={customers.data?.items ?? []} isLoading={customers.isFetching} action={claim} />
            <Pagination size="small" {...pagination} style={{ marginTop: 12, textAlign: 'right' }} />
          </>
        ) : (
          <CustomerTable
            customers={customers.data?.items ?? []}
            isLoading={customers.isFetching}
            pagination={pagination}
            action={claim}
          />
        )}
      </Card>
      <CreateCustomerModal open={isCreateOpen} onClose={() => setIsCreateOpen(false)} inPool />
    </>
  );
}
