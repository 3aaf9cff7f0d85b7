import type { Customer } from '@meridian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateCustomer } from '@/features/customers/api/customer-mutations';
import { customerKeys } from '@/features/customers/api/customer-queries';
import {
  CustomerFields,
  type CustomerFormValues,
  toCustomerBody,
} from '@/features/customers/components/CustomerFields';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

/** The profile tab: the customer's fields, editable when the actor manages it. */
export function CustomerProfileForm({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const [form] = Form.useForm<CustomerFormValues>();
  const update = useUpdateCustomer(customer.id);
  const queryClient = useQueryClient();
  const showError = useApiErrorHandler();
  const initial: CustomerFormValues = { ...customer, creditCode: customer.creditCode ?? '' };

  const handleFinish = (values: CustomerFormValues) =>
    update.mutate(
      { ...toCustomerBody(values), version: customer.version },
      {
        onSuccess: () => void message.success(t('common:saved')),
        onError: (error) =>
          showError(error, {
            form,
            onReload: () => void queryClient.invalidateQueries({ queryKey: customerKeys.detail(customer.id) }),
          }),
      },
    );

  return (
    <Form
      key={customer.version}
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={handleFinish}
      disabled={!customer.abilities.update}
    >
      <CustomerFields />
      {customer.abilities.update ? (
        <Flex justify="end" gap={8}>
          <Button onClick={() => form.resetFields()}>{t('common:actions.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common:actions.save')}
          </Button>
        </Flex>
      ) : null}
    </Form>
  );
}
