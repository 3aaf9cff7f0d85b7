import { SignupBodySchema } from '@meridian/contracts';
import { Button, Form, Input, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSignUp } from '@/features/auth/api/auth-mutations';
import { useAuthConfig } from '@/features/auth/api/auth-queries';
import { AuthPageTitle } from '@/features/auth/components/AuthPageTitle';
import { FormErrorAlert } from '@/features/auth/components/FormErrorAlert';
import { applyFieldErrors, formLevelError } from '@/shared/api/field-errors';
import { browserTimeZone } from '@/shared/format/time-zones';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';
import { currentLocale } from '@/shared/i18n/i18n';

type SignUpValues = { name: string; email: string; password: string; orgName: string };

export function SignUpPage() {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<SignUpValues>();
  const navigate = useNavigate();
  const { data: config, isPending } = useAuthConfig();
  const signUp = useSignUp();
  const rules = useSchemaRules(SignupBodySchema);

  if (isPending) return <Skeleton active />;
  if (config && !config.signupOpen) {
    return (
      <Result
        status="info"
        title={t('signUp.closed.title')}
        subTitle={t('signUp.closed.description')}
        extra={<Link to="/sign-in">{t('signUp.toSignIn')}</Link>}
      />
    );
  }

  const passwordLengths = { minLength: config?.passwordMinLength, maxLength: config?.passwordMaxLength };

  const handleFinish = (values: SignUpValues) => {
    signUp.mutate(
      {
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        orgName: values.orgName.trim(),
        locale: currentLocale(),
        timeZone: browserTimeZone(),
      },
      { onSuccess: () => navigate('/', { replace: true }), onError: (error) => applyFieldErrors(form, error) },
    );
  };

  return (
    <>
      <AuthPageTitle title={t('signUp.title')} subtitle={t('signUp.subtitle')} />
      <FormErrorAlert error={formLevelError(signUp.error)} />
      <Form<SignUpValues> form={form} layout="vertical" onFinish={handleFinish}>
        <Form.Item name="name" label={t('fields.name')} rules={rules('name')}>
          <Input autoComplete="name" autoFocus />
        </Form.Item>
        <Form.Item name="email" label={t('fields.email')} rules={rules('email')}>
          <Input type="email" autoComplete="email" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('fields.password')}
          rules={rules('password', passwordLengths)}
          extra={t('fields.passwordHint', { min: config?.passwordMinLength ?? 12 })}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="orgName" label={t('fields.orgName')} rules={rules('orgName')} extra={t('signUp.orgNameHint')}>
          <Input autoComplete="organization" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={signUp.isPending}>
          {t('signUp.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('signUp.haveAccount')}{' '}
        <Link to="/sign-in" style={{ textDecoration: 'underline' }}>
          {t('signUp.toSignIn')}
        </Link>
      </Typography.Paragraph>
    </>
  );
}
