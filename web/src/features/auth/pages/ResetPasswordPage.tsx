import { Button, Form, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useResetPassword } from '@/features/auth/api/auth-mutations';
import { AuthPageTitle } from '@/features/auth/components/AuthPageTitle';
import { FormErrorAlert } from '@/features/auth/components/FormErrorAlert';
import { NewPasswordFields } from '@/features/auth/components/NewPasswordFields';
import { applyFieldErrors, formLevelError } from '@/shared/api/field-errors';
import { ButtonLink } from '@/shared/ui/ButtonLink';

type ResetValues = { password: string; passwordConfirm: string };

export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<ResetValues>();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const resetPassword = useResetPassword();

  if (!token) {
    return (
      <Result
        status="warning"
        title={t('reset.missingToken.title')}
        subTitle={t('reset.missingToken.description')}
        extra={<Link to="/forgot-password">{t('reset.requestNew')}</Link>}
      />
    );
  }

  if (resetPassword.isSuccess) {
    return (
      <Result
        status="success"
        title={t('reset.done.title')}
        subTitle={t('reset.done.description')}
        extra={
          <ButtonLink to="/sign-in" type="primary">
            {t('reset.toSignIn')}
          </ButtonLink>
        }
      />
    );
  }

  const handleFinish = (values: ResetValues) => {
    resetPassword.mutate({ token, password: values.password }, { onError: (error) => applyFieldErrors(form, error) });
  };

  return (
    <>
      <AuthPageTitle title={t('reset.title')} subtitle={t('reset.subtitle')} />
      <FormErrorAlert error={formLevelError(resetPassword.error)} />
      {resetPassword.error ? (
        <div style={{ marginBottom: 16 }}>
          <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </div>
      ) : null}
      <Form<ResetValues> form={form} layout="vertical" onFinish={handleFinish}>
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" block size="large" loading={resetPassword.isPending}>
          {t('reset.submit')}
        </Button>
      </Form>
    </>
  );
}
