import { PlusOutlined } from '@ant-design/icons';
import type { Contact, Customer } from '@meridian/contracts';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteContact } from '@/features/customers/api/contact-mutations';
import { useContacts } from '@/features/customers/api/contact-queries';
import { ContactFormModal } from '@/features/customers/components/ContactFormModal';
import { ContactsTable } from '@/features/customers/components/ContactsTable';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { ErrorResult } from '@/shared/ui/ErrorResult';

/** The contacts tab of the customer page: list, add, edit and delete. */
export function CustomerContacts({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const contacts = useContacts({ customerId: customer.id }, { limit: 200 });
  const remove = useDeleteContact();
  const showError = useApiErrorHandler();
  const [editing, setEditing] = useState<{ contact?: Contact } | null>(null);

  if (contacts.isError) return <ErrorResult error={contacts.error} onRetry={() => void contacts.refetch()} />;
  return (
    <>
      {customer.abilities.update ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('contacts.add')}
          </Button>
        </Flex>
      ) : null}
      <ContactsTable
        contacts={contacts.data?.items ?? []}
        isLoading={contacts.isPending}
        onEdit={(contact) => setEditing({ contact })}
        onDelete={(contact) =>
          remove.mutate(contact.id, {
            onSuccess: () => void message.success(t('contacts.deleted')),
            onError: (error) => showError(error),
          })
        }
      />
      <ContactFormModal
        customerId={customer.id}
        contact={editing?.contact}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
