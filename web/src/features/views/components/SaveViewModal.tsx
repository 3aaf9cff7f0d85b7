import { CreateSavedViewBodySchema } from '@meridian/contracts';
import { Form, type FormInstance, Input, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

const TITLES = { create: 'save.title', rename: 'rename.title' } as const;

export type SaveViewValues = { name: string; isShared: boolean };

export type SaveViewModalProps = {
  open: boolean;
  mode: 'create' | 'rename';
  initialValues: SaveViewValues;
  isSaving: boolean;
  onSubmit: (values: SaveViewValues, form: FormInstance<SaveViewValues>) => void;
  onClose: () => void;
};

/** Name and sharing of a saved view, for "save current view" and "rename". */
export function SaveViewModal({ open, mode, initialValues, isSaving, onSubmit, onClose }: SaveViewModalProps) {
  const { t } = useTranslation('views');
  const [form] = Form.useForm<SaveViewValues>();
  const rules = useSchemaRules(CreateSavedViewBodySchema);
  return (
    <Modal
      open={open}
      title={t(TITLES[mode])}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={isSaving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<SaveViewValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={(values) => onSubmit({ ...values, name: values.name.trim() }, form)}
      >
        <Form.Item name="name" label={t('fields.name')} rules={rules('name')}>
          <Input autoFocus maxLength={80} placeholder={t('fields.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="isShared" label={t('fields.shared')} valuePropName="checked" extra={t('fields.sharedHint')}>
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
