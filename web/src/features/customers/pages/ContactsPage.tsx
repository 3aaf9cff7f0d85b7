import { BUYING_ROLES } from '@meridian/contracts';
import { Card, Flex, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useContacts } from '@/features/customers/api/contact-queries';
import { ContactsTable } from '@/features/customers/components/ContactsTable';
import { useCursorPages } from '@/features/customers/internal/cursor-pages';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { PageHeader } from '@/shared/ui/PageHeader';

/** Every contact the actor may see, with their customer; search by name, pinyin, phone or e-mail. */
export function ContactsPage() {
  const { t } = useTranslation('customers');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? undefined;
  const role = params.get('role');
  const filters = { q, buyingRole: role && (BUYING_ROLES as readonly string[]).includes(role) ? role : undefined };
  const pages = useCursorPages(JSON.stringify(filters));
  const contacts = useContacts(filters, { limit: pages.pageSize, cursor: pages.cursor });
  const nextCursor = contacts.data?.nextCursor ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: remembering the page's cursor once it loads.
  useEffect(() => pages.remember(nextCursor), [nextCursor]);
  const set = (key: string, value?: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('contacts.pageTitle')} description={t('contacts.pageDescription')} />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder={t('contacts.searchPlaceholder')}
            aria-label={t('filters.search')}
            onSearch={(value) => set('q', value.trim())}
            style={{ width: 260, maxWidth: '100%' }}
          />
          <Select
            allowClear
            placeholder={t('contacts.buyingRole')}
            aria-label={t('contacts.buyingRole')}
            value={filters.buyingRole}
            onChange={(value) => set('role', value)}
            options={BUYING_ROLES.map((r) => ({ value: r, label: t(`buyingRole.${r}`) }))}
            style={{ width: 140 }}
          />
        </Flex>
        {contacts.isError ? (
          <ErrorResult error={contacts.error} onRetry={() => void contacts.refetch()} />
        ) : (
          <ContactsTable
            showCustomer
            contacts={contacts.data?.items ?? []}
            isLoading={contacts.isFetching}
            pagination={{
              current: pages.page,
              pageSize: pages.pageSize,
              total: contacts.data?.total ?? 0,
              showTotal: (count: number) => t('list.total', { count }),
              onChange: (page: number, size: number) => pages.goTo(page, size),
              itemRender: (page, type, element) => (type === 'page' && !pages.canGoTo(page) ? null : element),
            }}
          />
        )}
      </Card>
    </>
  );
}
