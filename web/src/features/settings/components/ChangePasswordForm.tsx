import { App, Button, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields } from '@/features/auth/components/NewPasswordFields';
import { useChangePassword } from '@/features/settings/api/profile-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

type ChangePasswordValues = {
  currentPassword: string;
  newPassword: string;
  newPasswordConfirm: string;
  endOtherSessions: boolean;
};

export function ChangePasswordForm() {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangePasswordValues>();
  const changePassword = useChangePassword();
  const showError = useApiErrorHandler();

  const handleFinish = (values: ChangePasswordValues) => {
    changePassword.mutate(
      {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
        endOtherSessions: values.endOtherSessions,
      },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('password.changed'));
        },
        onError: (error) => showError(error, { form }),
      },
    );
  };

  return (
    <Form<ChangePasswordValues>
      form={form}
      layout="vertical"
      style={{ maxWidth: 520 }}
      initialValues={{ endOtherSessions: true }}
      onFinish={handleFinish}
    >
      {/* Lets password managers tie the new password to the account. */}
      <input type="text" autoComplete="username" hidden readOnly aria-hidden />
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('common:validation.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields name="newPassword" />
      <Form.Item name="endOtherSessions" valuePropName="checked">
        <Checkbox>{t('password.endOtherSessions')}</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
