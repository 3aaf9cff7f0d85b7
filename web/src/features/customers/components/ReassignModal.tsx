import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReassignCustomers } from '@/features/customers/api/customer-mutations';
import { MemberSelect } from '@/features/customers/components/MemberSelect';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

export type ReassignModalProps = { ids: string[]; open: boolean; onClose: () => void; onDone: () => void };

/** Hands the selected customers to another rep; failures are counted per customer. */
export function ReassignModal({ ids, open, onClose, onDone }: ReassignModalProps) {
  const { t } = useTranslation('customers');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ ownerId: string }>();
  const reassign = useReassignCustomers();
  const showError = useApiErrorHandler();

  const handleFinish = ({ ownerId }: { ownerId: string }) =>
    reassign.mutate(
      { ids, ownerId },
      {
        onSuccess: ({ results }) => {
          const failed = results.filter((r) => !r.ok).length;
          if (failed) void message.warning(t('reassign.partial', { ok: results.length - failed, failed }));
          else void message.success(t('reassign.done', { count: results.length }));
          form.resetFields();
          onDone();
        },
        onError: (error) => showError(error, { form }),
      },
    );

  return (
    <Modal
      open={open}
      title={t('reassign.title', { count: ids.length })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={reassign.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={handleFinish}>
        <Form.Item
          name="ownerId"
          label={t('reassign.owner')}
          rules={[{ required: true, message: t('reassign.ownerRequired') }]}
        >
          <MemberSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
