import { AcceptInvitationBodySchema, type InvitationPreview } from '@meridian/contracts';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAcceptInvitation } from '@/features/auth/api/auth-mutations';
import { FormErrorAlert } from '@/features/auth/components/FormErrorAlert';
import { NewPasswordFields } from '@/features/auth/components/NewPasswordFields';
import { applyFieldErrors, formLevelError } from '@/shared/api/field-errors';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

type AcceptValues = { name?: string; password?: string; passwordConfirm?: string };

export type AcceptInvitationFormProps = {
  token: string;
  preview: InvitationPreview;
  /** Signed in as the invited address: one click joins, nothing to type. */
  isSignedInAsInvitee: boolean;
};

/**
 * Three ways in: signed in as the invitee (just join), an existing account (its password), or a new
 * account (name and a new password).
 */
export function AcceptInvitationForm({ token, preview, isSignedInAsInvitee }: AcceptInvitationFormProps) {
  const { t } = useTranslation('auth');
  const [form] = Form.useForm<AcceptValues>();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const rules = useSchemaRules(AcceptInvitationBodySchema);
  const isNewAccount = !isSignedInAsInvitee && !preview.hasAccount;
  const isPasswordNeeded = !isSignedInAsInvitee && preview.hasAccount;

  const handleFinish = (values: AcceptValues) => {
    accept.mutate(
      {
        token,
        ...(isNewAccount ? { name: values.name?.trim() ?? '', password: values.password ?? '' } : {}),
        ...(isPasswordNeeded ? { password: values.password ?? '' } : {}),
      },
      { onSuccess: () => navigate('/', { replace: true }), onError: (error) => applyFieldErrors(form, error) },
    );
  };

  return (
    <>
      <FormErrorAlert error={formLevelError(accept.error)} />
      <Form<AcceptValues> form={form} layout="vertical" onFinish={handleFinish}>
        {isSignedInAsInvitee ? null : (
          <Form.Item label={t('fields.email')} htmlFor="invitation-email">
            <Input id="invitation-email" value={preview.email} readOnly autoComplete="username" />
          </Form.Item>
        )}
        {isNewAccount ? (
          <>
            <Form.Item name="name" label={t('fields.name')} rules={rules('name', { required: true })}>
              <Input autoComplete="name" autoFocus />
            </Form.Item>
            <NewPasswordFields label={t('fields.password')} />
          </>
        ) : null}
        {isPasswordNeeded ? (
          <Form.Item
            name="password"
            label={t('fields.password')}
            rules={[{ required: true, message: t('common:validation.required') }]}
            extra={t('invite.existingAccountHint')}
          >
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" block size="large" loading={accept.isPending}>
          {t('invite.accept', { orgName: preview.orgName })}
        </Button>
      </Form>
    </>
  );
}
