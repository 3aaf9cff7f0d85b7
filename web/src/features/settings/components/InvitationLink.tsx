import type { CreatedInvitation } from '@meridian/contracts';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '@/shared/ui/CopyButton';

export type InvitationLinkProps = { invitation: CreatedInvitation };

/** The accept link, to copy into WeChat or WeCom: the e-mail may be slow or filtered. */
export function InvitationLink({ invitation }: InvitationLinkProps) {
  const { t } = useTranslation('settings');
  return (
    <Flex vertical gap={12}>
      <Alert type="success" role="status" showIcon title={t('invite.sent', { email: invitation.email })} />
      <Typography.Text>{t('invite.shareHint')}</Typography.Text>
      <Flex gap={8} align="center">
        <Typography.Text code style={{ flex: 1, minWidth: 0, wordBreak: 'break-all' }}>
          <a data-testid="invite-link" href={invitation.acceptUrl} target="_blank" rel="noreferrer">
            {invitation.acceptUrl}
          </a>
        </Typography.Text>
        <CopyButton text={invitation.acceptUrl} label={t('invite.copyLink')} type="primary" />
      </Flex>
    </Flex>
  );
}
