import type { CreateDealBody, Pipeline } from '@meridian/contracts';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateDeal } from '@/features/deals/api/deal-mutations';
import { toMinor } from '@/features/deals/internal/money';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { CustomerPicker, MemberPicker } from './Pickers';

export type CreateDealModalProps = {
  open: boolean;
  pipelines: Pipeline[];
  defaultPipelineId: string | undefined;
  customerId?: string;
  onClose: () => void;
};

type Values = {
  name: string;
  customerId: string;
  pipelineId: string;
  stageId?: string;
  amount?: number;
  expectedCloseDate?: Dayjs;
  ownerId?: string;
};

/** New deal: customer, pipeline and stage, amount, expected close date and owner. */
export function CreateDealModal({ open, pipelines, defaultPipelineId, customerId, onClose }: CreateDealModalProps) {
  const { t } = useTranslation('deals');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateDeal();
  const showError = useApiErrorHandler();
  const navigate = useNavigate();
  const pipelineId = Form.useWatch('pipelineId', form) ?? defaultPipelineId;
  const stages = pipelines.find((p) => p.id === pipelineId)?.stages.filter((s) => s.kind === 'open') ?? [];

  const handleFinish = (values: Values) => {
    const body: CreateDealBody = {
      name: values.name.trim(),
      customerId: values.customerId,
      pipelineId: values.pipelineId,
      stageId: values.stageId,
      amountMinor: toMinor(values.amount) ?? 0,
      expectedCloseDate: values.expectedCloseDate ? values.expectedCloseDate.format('YYYY-MM-DD') : null,
      ...(values.ownerId ? { ownerId: values.ownerId } : {}),
    };
    create.mutate(body, {
      onSuccess: (deal) => {
        void message.success(t('create.done'));
        onClose();
        navigate(`/deals/${deal.id}`);
      },
      onError: (error) => showError(error, { form }),
    });
  };

  return (
    <Modal
      open={open}
      title={t('create.title')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ pipelineId: defaultPipelineId, customerId }}
        onFinish={handleFinish}
      >
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[{ required: true, whitespace: true, message: t('create.nameRequired') }, { max: 200 }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item
          name="customerId"
          label={t('fields.customer')}
          rules={[{ required: true, message: t('create.customerRequired') }]}
        >
          <CustomerPicker />
        </Form.Item>
        <Form.Item name="pipelineId" label={t('fields.pipeline')} rules={[{ required: true }]}>
          <Select
            options={pipelines.map((p) => ({ value: p.id, label: p.name }))}
            onChange={() => form.setFieldValue('stageId', undefined)}
          />
        </Form.Item>
        <Form.Item name="stageId" label={t('fields.stage')}>
          <Select
            allowClear
            placeholder={stages[0]?.name}
            options={stages.map((s) => ({ value: s.id, label: `${s.name} · ${s.probability}%` }))}
          />
        </Form.Item>
        <Form.Item name="amount" label={t('fields.amount')}>
          <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="expectedCloseDate" label={t('fields.expectedCloseDate')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="ownerId" label={t('fields.owner')} extra={t('create.ownerHint')}>
          <MemberPicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
