import type { Customer } from '@meridian/contracts';
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomerStatusTag } from '@/features/customers/components/CustomerStatusTag';
import { PhoneText } from '@/features/customers/components/PhoneText';

export type CustomerCardListProps = { customers: Customer[]; isLoading: boolean; action?: (c: Customer) => ReactNode };

/** The customer list at 375 px: one card per customer. */
export function CustomerCardList({ customers, isLoading, action }: CustomerCardListProps) {
  const { t } = useTranslation('customers');
  return (
    <List
      loading={isLoading}
      dataSource={customers}
      locale={{ emptyText: <Empty description={t('list.empty')} /> }}
      renderItem={(c) => (
        <List.Item key={c.id} style={{ padding: '4px 0', border: 'none' }}>
          <Card size="small" style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" gap={8}>
              <Link
                to={`/customers/${c.id}`}
                style={{ fontWeight: 500, minHeight: 44, display: 'flex', alignItems: 'center' }}
              >
                {c.name}
              </Link>
              <CustomerStatusTag status={c.status} />
            </Flex>
            <Flex gap={8} wrap style={{ marginTop: 4 }}>
              <Typography.Text type="secondary">{c.owner?.name ?? t('pool.tag')}</Typography.Text>
              <Typography.Text type="secondary">{[c.province, c.city].filter(Boolean).join(' · ')}</Typography.Text>
              <PhoneText phone={c.phone} />
              {c.tags.slice(0, 2).map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
            </Flex>
            {action ? <div style={{ marginTop: 8 }}>{action(c)}</div> : null}
          </Card>
        </List.Item>
      )}
    />
  );
}
