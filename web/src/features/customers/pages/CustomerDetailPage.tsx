import type { Customer } from '@meridian/contracts';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDeleteCustomer, usePoolAction } from '@/features/customers/api/customer-mutations';
import { useCustomer } from '@/features/customers/api/customer-queries';
import { CustomerStatusTag } from '@/features/customers/components/CustomerStatusTag';
import { PhoneText } from '@/features/customers/components/PhoneText';
import { customerTabs } from '@/features/customers/internal/customer-tabs';
import { isApiError } from '@/shared/api/client';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useDateFormat } from '@/shared/format/use-date-format';
import { ErrorResult } from '@/shared/ui/ErrorResult';
import { NotFoundResult } from '@/shared/ui/NotFoundResult';
import { UserAvatar } from '@/shared/ui/UserAvatar';

function CustomerHeader({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const format = useDateFormat();
  const poolAction = usePoolAction();
  const remove = useDeleteCustomer();
  const showError = useApiErrorHandler();
  const act = (action: 'claim' | 'release') =>
    poolAction.mutate(
      { id: customer.id, action },
      {
        onSuccess: () => void message.success(t(`pool.${action}ed`, { name: customer.name })),
        onError: (e) => showError(e),
      },
    );
  return (
    <Card style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ minWidth: 0 }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {customer.name}
            </Typography.Title>
            <CustomerStatusTag status={customer.status} />
            {customer.inPool ? <Tag>{t('pool.tag')}</Tag> : null}
          </Flex>
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('fields.owner')}>
              {customer.owner ? (
                <Flex align="center" gap={6}>
                  <UserAvatar
                    name={customer.owner.name}
                    initials={customer.owner.initials}
                    color={customer.owner.avatarColor}
                    size="small"
                  />
                  {customer.owner.name}
                </Flex>
              ) : (
                t('pool.tag')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.phone')}>
              <PhoneText phone={customer.phone} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.lastActivityAt')}>
              {customer.lastActivityAt ? format.date(customer.lastActivityAt) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.health')}>
              <Typography.Text type="secondary">{t('detail.healthPending')}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </div>
        <Flex gap={8} wrap>
          {customer.abilities.claim ? (
            <Button type="primary" loading={poolAction.isPending} onClick={() => act('claim')}>
              {t('pool.claim')}
            </Button>
          ) : null}
          {customer.abilities.release ? (
            <Popconfirm title={t('pool.releaseConfirm')} onConfirm={() => act('release')}>
              <Button loading={poolAction.isPending}>{t('pool.release')}</Button>
            </Popconfirm>
          ) : null}
          {customer.abilities.delete ? (
            <Popconfirm
              title={t('detail.deleteConfirm', { name: customer.name })}
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                remove.mutate(customer.id, {
                  onSuccess: () => {
                    void message.success(t('detail.deleted'));
                    navigate('/customers');
                  },
                  onError: (e) => showError(e),
                })
              }
            >
              <Button danger>{t('common:actions.delete')}</Button>
            </Popconfirm>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}

/** The customer page (360): header, then the tabs of `customerTabs` (profile, contacts, and those other features add). */
export function CustomerDetailPage() {
  const { t } = useTranslation('customers');
  const { id = '' } = useParams();
  const customer = useCustomer(id);
  if (customer.isPending) return <Skeleton active />;
  if (customer.isError) {
    if (isApiError(customer.error) && customer.error.status === 404) return <NotFoundResult />;
    return <ErrorResult error={customer.error} onRetry={() => void customer.refetch()} />;
  }
  const data = customer.data;
  return (
    <>
      <CustomerHeader customer={data} />
      <Card>
        <Tabs
          destroyOnHidden
          items={[...customerTabs]
            .sort((a, b) => a.order - b.order)
            .map((tab) => ({ key: tab.key, label: tab.label(t), children: tab.render(data) }))}
        />
      </Card>
    </>
  );
}
