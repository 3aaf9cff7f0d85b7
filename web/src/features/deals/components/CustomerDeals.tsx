import { PlusOutlined } from '@ant-design/icons';
import type { Customer } from '@meridian/contracts';
import { Button, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDeals, usePipelines } from '@/features/deals/api/deal-queries';
import { formatMoney } from '@/features/deals/internal/money';
import { CreateDealModal } from './CreateDealModal';

/** The deals tab of the customer page: its deals, newest first, and "new deal" for this customer. */
export function CustomerDeals({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation('deals');
  const { data, isLoading } = useDeals({ customerId: customer.id, limit: 50 });
  const pipelines = usePipelines();
  const [creating, setCreating] = useState(false);
  const defaultPipeline = pipelines.data?.find((p) => p.isDefault)?.id;
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 8 }}>
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('create.button')}
        </Button>
      </Flex>
      <List
        loading={isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description={t('customer.empty')} /> }}
        renderItem={(deal) => (
          <List.Item
            extra={<Typography.Text>{formatMoney(deal.amountMinor, deal.currency, i18n.language)}</Typography.Text>}
          >
            <List.Item.Meta
              title={<Link to={`/deals/${deal.id}`}>{deal.name}</Link>}
              description={
                <>
                  <Tag
                    color={deal.stageKind === 'won' ? 'success' : deal.stageKind === 'lost' ? 'default' : 'processing'}
                  >
                    {deal.stageName}
                  </Tag>
                  {deal.expectedCloseDate ?? ''}
                </>
              }
            />
          </List.Item>
        )}
      />
      <CreateDealModal
        open={creating}
        pipelines={pipelines.data ?? []}
        defaultPipelineId={defaultPipeline}
        customerId={customer.id}
        onClose={() => setCreating(false)}
      />
    </>
  );
}
