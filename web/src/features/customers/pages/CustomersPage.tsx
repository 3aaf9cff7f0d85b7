import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Pagination } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCustomers } from '@/features/customers/api/customer-queries';
import { CreateCustomerModal } from '@/features/customers/components/CreateCustomerModal';
import { CustomerCardList } from '@/features/customers/components/CustomerCardList';
import { CustomerFiltersBar } from '@/features/customers/components/CustomerFiltersBar';
import { CustomerTable } from '@/features/customers/components/CustomerTable';
import { ReassignModal } from '@/features/customers/components/ReassignModal';
import { useCursorPages } from '@/features/customers/internal/cursor-pages';
import { readCustomerFilters } from '@/features/customers/internal/customer-filters';
import { useIsMobile } from '@/shared/hooks/use-is-mobile';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

const PAGE_SIZES = [10, 20, 50, 100];

/** The customer list: search with pinyin, filters in the URL, batch reassignment, "共 N 条". */
export function CustomersPage() {
  const { t } = useTranslation('customers');
  const [params] = useSearchParams();
  const filters = readCustomerFilters(params);
  const pages = useCursorPages(JSON.stringify(filters));
  const customers = useCustomers(filters, { limit: pages.pageSize, cursor: pages.cursor });
  const isMobile = useIsMobile();
  const [selected, setSelected] = useState<string[]>([]);
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const [isReassignOpen, setIsReassignOpen] = useState(false);
  const nextCursor = customers.data?.nextCursor ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: remembering the page's cursor once it loads.
  useEffect(() => pages.remember(nextCursor), [nextCursor]);
  const total = customers.data?.total ?? 0;
  const items = customers.data?.items ?? [];
  const pagination = {
    current: pages.page,
    pageSize: pages.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES,
    showTotal: (count: number) => t('list.total', { count }),
    onChange: (page: number, size: number) => pages.goTo(page, size),
    itemRender: (page: number, type: string, element: React.ReactNode) =>
      type === 'page' && !pages.canGoTo(page) ? null : element,
  };

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setIsCreateOpen(true)}
            data-testid="create-customer"
          >
            {t('form.create')}
          </Button>
        }
      />
      <Card>
        <CustomerFiltersBar />
        {selected.length > 0 ? (
          <Alert
            type="info"
            style={{ marginBottom: 12 }}
            message={
              <Flex justify="space-between" align="center" gap={8} wrap>
                <span>{t('list.selected', { count: selected.length })}</span>
                <Flex gap={8}>
                  <Button size="small" type="primary" onClick={() => setIsReassignOpen(true)}>
                    {t('reassign.open')}
                  </Button>
                  <Button size="small" onClick={() => setSelected([])}>
                    {t('list.clearSelection')}
                  </Button>
                </Flex>
              </Flex>
            }
          />
        ) : null}
        {customers.isError ? (
          <ErrorResult error={customers.error} onRetry={() => void customers.refetch()} />
        ) : isMobile ? (
          <>
            <CustomerCardList customers={items} isLoading={customers.isFetching} />
            <Pagination
              size="small"
              {...pagination}
              showSizeChanger={false}
              style={{ marginTop: 12, textAlign: 'right' }}
            />
          </>
        ) : (
          <CustomerTable
            customers={items}
            isLoading={customers.isFetching}
            pagination={{ ...pagination, position: ['bottomRight'] }}
            selectedIds={selected}
            onSelect={setSelected}
          />
        )}
      </Card>
      <CreateCustomerModal open={isCreateOpen} onClose={() => setIsCreateOpen(false)} />
      <ReassignModal
        ids={selected}
        open={isReassignOpen}
        onClose={() => setIsReassignOpen(false)}
        onDone={() => {
          setIsReassignOpen(false);
          setSelected([]);
        }}
      />
    </>
  );
}
