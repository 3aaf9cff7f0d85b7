import type { Contact } from '@meridian/contracts';
import { Button, Popconfirm, Space, Table, type TableProps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneText } from '@/features/customers/components/PhoneText';

const ROLE_COLORS: Record<string, string> = {
  decision_maker: 'red',
  influencer: 'orange',
  user: 'blue',
  gatekeeper: 'purple',
};

export type ContactsTableProps = {
  contacts: Contact[];
  isLoading: boolean;
  pagination?: TableProps<Contact>['pagination'];
  showCustomer?: boolean;
  onEdit?: (contact: Contact) => void;
  onDelete?: (contact: Contact) => void;
};

export function ContactsTable({
  contacts,
  isLoading,
  pagination = false,
  showCustomer = false,
  onEdit,
  onDelete,
}: ContactsTableProps) {
  const { t } = useTranslation('customers');
  const columns: TableProps<Contact>['columns'] = [
    { title: t('contacts.name'), dataIndex: 'name', fixed: 'left', width: 120 },
    ...(showCustomer
      ? [
          {
            title: t('contacts.customer'),
            key: 'customer',
            ellipsis: true,
            render: (_: unknown, c: Contact) => <Link to={`/customers/${c.customer.id}`}>{c.customer.name}</Link>,
          },
        ]
      : []),
    { title: t('contacts.title'), dataIndex: 'title', width: 120 },
    {
      title: t('contacts.buyingRole'),
      dataIndex: 'buyingRole',
      width: 110,
      render: (r: string) => (r ? <Tag color={ROLE_COLORS[r]}>{t(`buyingRole.${r}`, { defaultValue: r })}</Tag> : '—'),
    },
    { title: t('fields.phone'), dataIndex: 'phone', width: 150, render: (p: string) => <PhoneText phone={p} /> },
    { title: t('fields.email'), dataIndex: 'email', ellipsis: true },
    { title: t('contacts.wechatId'), dataIndex: 'wechatId', width: 120 },
  ];
  if (onEdit || onDelete) {
    columns.push({
      title: t('actions.title'),
      key: 'actions',
      width: 130,
      render: (_: unknown, c: Contact) =>
        c.abilities.update ? (
          <Space size={0}>
            {onEdit ? (
              <Button type="link" size="small" onClick={() => onEdit(c)}>
                {t('actions.edit')}
              </Button>
            ) : null}
            {onDelete ? (
              <Popconfirm
                title={t('contacts.deleteConfirm', { name: c.name })}
                onConfirm={() => onDelete(c)}
                okButtonProps={{ danger: true }}
              >
                <Button type="link" size="small" danger>
                  {t('common:actions.delete')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        ) : null,
    });
  }
  return (
    <Table<Contact>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={contacts}
      loading={isLoading}
      pagination={pagination}
      scroll={{ x: 800 }}
    />
  );
}
