import { LoginBodySchema } from '@meridian/contracts';
import { Button, Checkbox, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSignIn } from '@/features/auth/api/auth-mutations';
import { useAuthConfig } from '@/features/auth/api/auth-queries';
import { AuthPageTitle } from '@/features/auth/components/AuthPageTitle';
import { DemoHint } from '@/features/auth/components/DemoHint';
import { FormErrorAlert } from '@/features/auth/components/FormErrorAlert';
import { applyFieldErrors, formLevelError } from '@/shared/api/field-errors';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';
import { safeNextPath } from '@/shared/session/next-path';

type SignInValues = { email: string; password: string; remember: boolean };

export function SignInPage() {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<SignInValues>();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { data: config } = useAuthConfig();
  const signIn = useSignIn();
  const rules = useSchemaRules(LoginBodySchema);

  const handleFinish = (values: SignInValues) => {
    signIn.mutate(
      { email: values.email.trim(), password: values.password, remember: values.remember },
      {
        onSuccess: () => navigate(safeNextPath(searchParams.get('next')), { replace: true }),
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  const handleUseDemo = () => {
    if (config?.demo) form.setFieldsValue({ email: config.demo.email, password: config.demo.password });
  };

  return (
    <>
      <AuthPageTitle title={t('signIn.title')} subtitle={t('signIn.subtitle')} />
      {config?.demo ? <DemoHint demo={config.demo} onUse={handleUseDemo} /> : null}
      <FormErrorAlert error={formLevelError(signIn.error)} />
      <Form<SignInValues>
        form={form}
        layout="vertical"
        initialValues={{ email: '', password: '', remember: true }}
        onFinish={handleFinish}
        requiredMark={false}
      >
        <Form.Item name="email" label={t('fields.email')} rules={rules('email')}>
          <Input type="email" autoComplete="username" inputMode="email" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('fields.password')} rules={rules('password')}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Flex justify="space-between" align="center" style={{ marginBottom: 24 }}>
          <Form.Item name="remember" valuePropName="checked" noStyle>
            <Checkbox>{t('signIn.remember')}</Checkbox>
          </Form.Item>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </Flex>
        <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </Form>
      {config?.signupOpen ? (
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          {t('signIn.noAccount')}{' '}
          <Link to="/sign-up" style={{ textDecoration: 'underline' }}>
            {t('signIn.toSignUp')}
          </Link>
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
