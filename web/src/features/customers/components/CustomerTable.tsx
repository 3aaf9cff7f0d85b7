import type { Customer } from '@meridian/contracts';
import { Space, Table, type TableProps, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomerStatusTag } from '@/features/customers/components/CustomerStatusTag';
import { PhoneText } from '@/features/customers/components/PhoneText';
import { useDateFormat } from '@/shared/format/use-date-format';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type CustomerTableProps = {
  customers: Customer[];
  isLoading: boolean;
  pagination: TableProps<Customer>['pagination'];
  selectedIds?: string[];
  onSelect?: (ids: string[]) => void;
  /** An extra column at the end (the pool's claim button). */
  action?: (customer: Customer) => ReactNode;
};

export function CustomerTable({ customers, isLoading, pagination, selectedIds, onSelect, action }: CustomerTableProps) {
  const { t } = useTranslation('customers');
  const format = useDateFormat();
  const columns: TableProps<Customer>['columns'] = [
    {
      title: t('fields.name'),
      dataIndex: 'name',
      fixed: 'left',
      ellipsis: { showTitle: true },
      render: (_: unknown, c) => <Link to={`/customers/${c.id}`}>{c.name}</Link>,
    },
    {
      title: t('fields.owner'),
      dataIndex: 'owner',
      width: 130,
      render: (_: unknown, c) =>
        c.owner ? (
          <Space size={6}>
            <UserAvatar name={c.owner.name} initials={c.owner.initials} color={c.owner.avatarColor} size="small" />
            <span>{c.owner.name}</span>
          </Space>
        ) : (
          <Tag>{t('pool.tag')}</Tag>
        ),
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: string) => <CustomerStatusTag status={s} />,
    },
    {
      title: t('fields.type'),
      dataIndex: 'type',
      width: 110,
      render: (v: string) => t(`type.${v}`, { defaultValue: v }),
    },
    {
      title: t('fields.region'),
      key: 'region',
      width: 120,
      render: (_: unknown, c) => [c.province, c.city].filter(Boolean).join(' · ') || '—',
    },
    { title: t('fields.phone'), dataIndex: 'phone', width: 150, render: (p: string) => <PhoneText phone={p} /> },
    {
      title: t('fields.tags'),
      dataIndex: 'tags',
      width: 160,
      render: (tags: string[]) => tags.slice(0, 3).map((tag) => <Tag key={tag}>{tag}</Tag>),
    },
    {
      title: t('fields.lastActivityAt'),
      dataIndex: 'lastActivityAt',
      width: 130,
      render: (v: string | null) => (v ? format.date(v) : <Typography.Text type="secondary">—</Typography.Text>),
    },
  ];
  if (action)
    columns.push({
      title: t('actions.title'),
      key: 'action',
      width: 120,
      fixed: 'right',
      render: (_: unknown, c) => action(c),
    });
  return (
    <Table<Customer>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={customers}
      loading={isLoading}
      pagination={pagination}
      scroll={{ x: 1000 }}
      sticky
      rowSelection={
        onSelect
          ? {
              selectedRowKeys: selectedIds,
              onChange: (keys) => onSelect(keys as string[]),
              getCheckboxProps: (c) => ({ disabled: !c.abilities.reassign, 'aria-label': c.name }),
            }
          : undefined
      }
    />
  );
}
