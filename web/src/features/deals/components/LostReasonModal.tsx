import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

export type LostReasonModalProps = {
  open: boolean;
  stageName: string;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
};

/** Asked when a deal is closed as lost: the reason is required. */
export function LostReasonModal({ open, stageName, onSubmit, onCancel }: LostReasonModalProps) {
  const { t } = useTranslation('deals');
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={t('lost.title', { stage: stageName })}
      okText={t('lost.confirm')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      afterClose={() => form.resetFields()}
    >
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.reason.trim())} preserve={false}>
        <Form.Item
          name="reason"
          label={t('lost.reason')}
          rules={[{ required: true, whitespace: true, message: t('lost.required') }, { max: 500 }]}
        >
          <Input.TextArea autoFocus rows={3} placeholder={t('lost.placeholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
