import { Alert, Button, Descriptions, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSignOut } from '@/features/auth/api/auth-mutations';
import { useInvitationPreview } from '@/features/auth/api/auth-queries';
import { AcceptInvitationForm } from '@/features/auth/components/AcceptInvitationForm';
import { AuthPageTitle } from '@/features/auth/components/AuthPageTitle';
import { describeError } from '@/shared/api/error-message';
import { useDateFormat } from '@/shared/format/use-date-format';
import { useMe } from '@/shared/session/me-query';

export function AcceptInvitationPage() {
  const { t } = useTranslation('auth');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const preview = useInvitationPreview(token);
  const { data: me, isPending: isMePending } = useMe();
  const signOut = useSignOut({ stay: true });
  const format = useDateFormat();

  if (!token) {
    return (
      <Result status="warning" title={t('invite.missingToken')} extra={<Link to="/sign-in">{t('toSignIn')}</Link>} />
    );
  }
  if (preview.isPending || isMePending) return <Skeleton active />;
  if (preview.isError) {
    return (
      <Result
        status="warning"
        title={t('invite.invalid.title')}
        subTitle={describeError(t, preview.error)}
        extra={<Link to="/sign-in">{t('toSignIn')}</Link>}
      />
    );
  }

  const invitation = preview.data;
  const isSignedInAsOther = !!me && me.user.email.toLowerCase() !== invitation.email.toLowerCase();

  return (
    <>
      <AuthPageTitle
        title={t('invite.title', { orgName: invitation.orgName })}
        subtitle={t('invite.subtitle', {
          inviter: invitation.invitedByName,
          orgName: invitation.orgName,
          role: t(`common:roles.${invitation.role}`),
        })}
      />
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          // Signed out, the form shows the address in a read-only field (for password managers).
          ...(me ? [{ key: 'email', label: t('fields.email'), children: invitation.email }] : []),
          { key: 'role', label: t('invite.role'), children: t(`common:roles.${invitation.role}`) },
          { key: 'expires', label: t('invite.expires'), children: format.dateTime(invitation.expiresAt) },
        ]}
      />
      {isSignedInAsOther ? (
        <Alert
          type="warning"
          showIcon
          title={t('invite.otherAccount', { current: me.user.email, invited: invitation.email })}
          action={
            <Button size="small" onClick={() => signOut.mutate()} loading={signOut.isPending}>
              {t('invite.signOutAndContinue')}
            </Button>
          }
        />
      ) : (
        <AcceptInvitationForm token={token} preview={invitation} isSignedInAsInvitee={!!me} />
      )}
    </>
  );
}
