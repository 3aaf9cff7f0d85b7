import { PasswordResetRequestBodySchema } from '@meridian/contracts';
import { Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '@/features/auth/api/auth-mutations';
import { AuthPageTitle } from '@/features/auth/components/AuthPageTitle';
import { FormErrorAlert } from '@/features/auth/components/FormErrorAlert';
import { applyFieldErrors, formLevelError } from '@/shared/api/field-errors';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

type ForgotValues = { email: string };

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<ForgotValues>();
  const requestReset = useRequestPasswordReset();
  const rules = useSchemaRules(PasswordResetRequestBodySchema);

  // The server answers the same for unknown addresses, so the page cannot reveal who has an account.
  if (requestReset.isSuccess) {
    return (
      <Result
        status="success"
        title={t('forgot.sent.title')}
        subTitle={t('forgot.sent.description', { email: requestReset.variables.email })}
        extra={<Link to="/sign-in">{t('forgot.backToSignIn')}</Link>}
      />
    );
  }

  const handleFinish = (values: ForgotValues) => {
    requestReset.mutate({ email: values.email.trim() }, { onError: (error) => applyFieldErrors(form, error) });
  };

  return (
    <>
      <AuthPageTitle title={t('forgot.title')} subtitle={t('forgot.subtitle')} />
      <FormErrorAlert error={formLevelError(requestReset.error)} />
      <Form<ForgotValues> form={form} layout="vertical" onFinish={handleFinish}>
        <Form.Item name="email" label={t('fields.email')} rules={rules('email')}>
          <Input type="email" autoComplete="email" inputMode="email" autoFocus />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={requestReset.isPending}>
          {t('forgot.submit')}
        </Button>
      </Form>
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
      </div>
    </>
  );
}
