import type { Deal, DealSort } from '@meridian/contracts';
import { Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDeals } from '@/features/deals/api/deal-queries';
import { formatMoney } from '@/features/deals/internal/money';
import type { DealFilterValues } from './DealFilters';

export type DealsTableProps = { pipelineId: string | undefined; filters: DealFilterValues };

const SORT_FIELDS: Record<string, string> = {
  amountMinor: 'amount',
  expectedCloseDate: 'expectedCloseDate',
  name: 'name',
  updatedAt: 'updatedAt',
};

/** The list view: same filters as the board, server-side sort, keyset pages with "共 N 条". */
export function DealsTable({ pipelineId, filters }: DealsTableProps) {
  const { t, i18n } = useTranslation('deals');
  const [sort, setSort] = useState<DealSort>('-updatedAt');
  const [limit, setLimit] = useState(20);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const page = cursors.length;
  const { data, isFetching } = useDeals({ ...filters, pipelineId, sort, limit, cursor: cursors[page - 1] });
  const columns: TableProps<Deal>['columns'] = [
    {
      title: t('fields.name'),
      dataIndex: 'name',
      sorter: true,
      ellipsis: true,
      render: (name: string, deal) => <Link to={`/deals/${deal.id}`}>{name}</Link>,
    },
    { title: t('fields.customer'), dataIndex: ['customer', 'name'], ellipsis: true },
    {
      title: t('fields.stage'),
      dataIndex: 'stageName',
      render: (name: string, deal) => (
        <Tag color={deal.stageKind === 'won' ? 'success' : deal.stageKind === 'lost' ? 'default' : 'processing'}>
          {name}
        </Tag>
      ),
    },
    {
      title: t('fields.amount'),
      dataIndex: 'amountMinor',
      sorter: true,
      align: 'right',
      render: (v: number, deal) => formatMoney(v, deal.currency, i18n.language),
    },
    { title: t('fields.probability'), dataIndex: 'probability', align: 'right', render: (v: number) => `${v}%` },
    {
      title: t('fields.expectedCloseDate'),
      dataIndex: 'expectedCloseDate',
      sorter: true,
      render: (v: string | null) => v ?? '—',
    },
    { title: t('fields.owner'), dataIndex: ['owner', 'name'], render: (v?: string) => v ?? '—' },
    {
      title: t('fields.updatedAt'),
      dataIndex: 'updatedAt',
      sorter: true,
      defaultSortOrder: 'descend',
      render: (v: string) => new Date(v).toLocaleDateString(i18n.language),
    },
  ];
  const total = data?.total ?? 0;
  return (
    <Table<Deal>
      rowKey="id"
      size="middle"
      scroll={{ x: 900 }}
      loading={isFetching}
      dataSource={data?.items ?? []}
      columns={columns}
      onChange={(pagination, _filters, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        const field = SORT_FIELDS[String(s?.field ?? 'updatedAt')] ?? 'updatedAt';
        const next = (s?.order === 'ascend' ? field : `-${field}`) as DealSort;
        if (next !== sort || pagination.pageSize !== limit) {
          setSort(next);
          setLimit(pagination.pageSize ?? 20);
          setCursors([undefined]);
          return;
        }
        const target = pagination.current ?? 1;
        if (target === page + 1 && data?.nextCursor) setCursors([...cursors, data.nextCursor]);
        else if (target < page) setCursors(cursors.slice(0, target));
      }}
      pagination={{
        current: page,
        pageSize: limit,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (n) => t('list.total', { count: n }),
        // Keyset pages: one step at a time, forwards or back.
        itemRender: (_p, type, element) => (type === 'page' ? null : element),
      }}
    />
  );
}
