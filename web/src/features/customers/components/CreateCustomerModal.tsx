import type { Customer } from '@meridian/contracts';
import { App, Button, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateCustomer } from '@/features/customers/api/customer-mutations';
import {
  CustomerFields,
  type CustomerFormValues,
  toCustomerBody,
} from '@/features/customers/components/CustomerFields';
import { DuplicateWarning } from '@/features/customers/components/DuplicateWarning';
import { isApiError } from '@/shared/api/client';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

export type CreateCustomerModalProps = { open: boolean; onClose: () => void; inPool?: boolean };

const INITIAL: Partial<CustomerFormValues> = { type: 'enterprise', status: 'prospect', tags: [] };

/** New customer, with 查重 as the name, phone or credit code is typed; "保存并新建" keeps the dialog open. */
export function CreateCustomerModal({ open, onClose, inPool = false }: CreateCustomerModalProps) {
  const { t } = useTranslation('customers');
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CustomerFormValues>();
  const create = useCreateCustomer();
  const showError = useApiErrorHandler();
  const name = Form.useWatch('name', form) ?? '';
  const phone = Form.useWatch('phone', form) ?? '';
  const creditCode = Form.useWatch('creditCode', form) ?? '';
  const email = Form.useWatch('email', form) ?? '';

  const submit = (andNew: boolean, allowDuplicate = false) => {
    void form.validateFields().then((values) => {
      create.mutate(
        { ...toCustomerBody(values), ...(inPool ? { ownerId: null } : {}), allowDuplicate },
        {
          onSuccess: (customer: Customer) => {
            void message.success(t('form.created', { name: customer.name }));
            form.resetFields();
            if (andNew) return;
            onClose();
            navigate(`/customers/${customer.id}`);
          },
          onError: (error) => {
            // Only a similar name may be overridden; the same credit code, phone or e-mail never.
            const onlyName =
              isApiError(error) && error.code === 'conflict' && error.errors.every((e) => e.field === 'name');
            if (onlyName && !allowDuplicate) {
              modal.confirm({
                title: t('duplicates.confirmTitle'),
                content: t('duplicates.confirmBody'),
                okText: t('duplicates.createAnyway'),
                onOk: () => submit(andNew, true),
              });
              return;
            }
            showError(error, { form });
          },
        },
      );
    });
  };

  return (
    <Modal
      open={open}
      title={t(inPool ? 'form.createInPool' : 'form.create')}
      onCancel={onClose}
      width={720}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>,
        <Button key="again" onClick={() => submit(true)} loading={create.isPending}>
          {t('form.saveAndNew')}
        </Button>,
        <Button key="ok" type="primary" onClick={() => submit(false)} loading={create.isPending}>
          {t('actions.ok')}
        </Button>,
      ]}
    >
      <DuplicateWarning values={{ name, phone, creditCode, email }} />
      <Form form={form} layout="vertical" initialValues={INITIAL} onFinish={() => submit(false)}>
        <CustomerFields />
      </Form>
    </Modal>
  );
}
