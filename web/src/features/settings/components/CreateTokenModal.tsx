import { CreateApiTokenBodySchema, type CreatedApiToken, TOKEN_SCOPES, type TokenScope } from '@meridian/contracts';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateToken } from '@/features/settings/api/token-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

type TokenValues = { name: string; scope: TokenScope; expiresInDays: number | 'never' };

const EXPIRY_CHOICES = [7, 30, 90, 180, 365, 'never'] as const;

export type CreateTokenModalProps = { open: boolean; onClose: () => void; onCreated: (token: CreatedApiToken) => void };

export function CreateTokenModal({ open, onClose, onCreated }: CreateTokenModalProps) {
  const { t } = useTranslation('settings');
  const [form] = Form.useForm<TokenValues>();
  const createToken = useCreateToken();
  const showError = useApiErrorHandler();
  const rules = useSchemaRules(CreateApiTokenBodySchema);

  const handleFinish = (values: TokenValues) => {
    createToken.mutate(
      {
        name: values.name.trim(),
        scope: values.scope,
        expiresInDays: values.expiresInDays === 'never' ? null : values.expiresInDays,
      },
      { onSuccess: onCreated, onError: (error) => showError(error, { form }) },
    );
  };

  return (
    <Modal
      open={open}
      title={t('tokens.createTitle')}
      okText={t('tokens.create')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={createToken.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<TokenValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ name: '', scope: 'read', expiresInDays: 90 }}
        onFinish={handleFinish}
      >
        <Form.Item
          name="name"
          label={t('tokens.fields.name')}
          rules={rules('name')}
          extra={t('tokens.fields.nameHint')}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="scope" label={t('tokens.fields.scope')}>
          <Radio.Group
            options={TOKEN_SCOPES.map((scope) => ({ value: scope, label: t(`tokens.scopes.${scope}`) }))}
            optionType="button"
          />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('tokens.fields.expiry')}>
          <Select
            options={EXPIRY_CHOICES.map((choice) => ({
              value: choice,
              label: choice === 'never' ? t('tokens.expiry.never') : t('tokens.expiry.days', { count: choice }),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
