import { BUYING_ROLES, type BuyingRole, type Contact, CreateContactBodySchema } from '@meridian/contracts';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSaveContact } from '@/features/customers/api/contact-mutations';
import { formatPhone } from '@/features/customers/internal/phone-format';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

type ContactValues = {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
  wechatId?: string;
  buyingRole?: string;
  notes?: string;
};

export type ContactFormModalProps = {
  customerId: string;
  contact?: Contact | undefined;
  open: boolean;
  onClose: () => void;
};

/** Add or edit a contact; the same phone or e-mail at another contact comes back as a warning. */
export function ContactFormModal({ customerId, contact, open, onClose }: ContactFormModalProps) {
  const { t } = useTranslation('customers');
  const { message, notification } = App.useApp();
  const [form] = Form.useForm<ContactValues>();
  const save = useSaveContact();
  const showError = useApiErrorHandler();
  const rules = useSchemaRules(CreateContactBodySchema);

  const handleFinish = (values: ContactValues) => {
    const body = {
      name: values.name.trim(),
      title: values.title ?? '',
      phone: values.phone ?? '',
      email: values.email ?? '',
      wechatId: values.wechatId ?? '',
      buyingRole: (values.buyingRole ?? '') as BuyingRole | '',
      notes: values.notes ?? '',
    };
    save.mutate(
      contact ? { id: contact.id, body: { ...body, version: contact.version } } : { body: { ...body, customerId } },
      {
        onSuccess: ({ warnings }) => {
          void message.success(t('common:saved'));
          if (warnings.length) {
            notification.warning({
              message: t('contacts.duplicateWarning'),
              description: warnings
                .map((w) =>
                  t('contacts.duplicateItem', {
                    name: w.name,
                    customer: w.customerName,
                    field: t(`fields.${w.field}`),
                  }),
                )
                .join(t('common:listSeparator')),
            });
          }
          form.resetFields();
          onClose();
        },
        onError: (error) => showError(error, { form }),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t(contact ? 'contacts.edit' : 'contacts.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={contact ? { ...contact, phone: formatPhone(contact.phone) } : { buyingRole: '' }}
      >
        <Form.Item name="name" label={t('contacts.name')} rules={rules('name', { required: true })}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="title" label={t('contacts.title')} rules={rules('title')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('fields.phone')} rules={rules('phone')}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="email" label={t('fields.email')} rules={rules('email')}>
          <Input inputMode="email" />
        </Form.Item>
        <Form.Item name="wechatId" label={t('contacts.wechatId')} rules={rules('wechatId')}>
          <Input />
        </Form.Item>
        <Form.Item name="buyingRole" label={t('contacts.buyingRole')}>
          <Select
            options={[
              { value: '', label: t('contacts.roleNone') },
              ...BUYING_ROLES.map((r) => ({ value: r, label: t(`buyingRole.${r}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item name="notes" label={t('fields.notes')} rules={rules('notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
