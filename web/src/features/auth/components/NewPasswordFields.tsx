import { PasswordSchema } from '@meridian/contracts';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuthConfig } from '@/features/auth/api/auth-queries';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

const PASSWORD_OBJECT = { properties: { password: PasswordSchema }, required: ['password'] };

export type NewPasswordFieldsProps = { name?: string; label?: string };

/** A new password and its confirmation, with the server's length limits. */
export function NewPasswordFields({ name = 'password', label }: NewPasswordFieldsProps) {
  const { t } = useTranslation('auth');
  const { data: config } = useAuthConfig();
  const rules = useSchemaRules(PASSWORD_OBJECT);
  const lengths = { minLength: config?.passwordMinLength, maxLength: config?.passwordMaxLength };
  return (
    <>
      <Form.Item
        name={name}
        label={label ?? t('fields.newPassword')}
        rules={rules('password', lengths)}
        extra={t('fields.passwordHint', { min: config?.passwordMinLength ?? 12 })}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={`${name}Confirm`}
        label={t('fields.confirmPassword')}
        dependencies={[name]}
        rules={[
          { required: true, message: t('common:validation.required') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue(name) === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('common:validation.confirmMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
