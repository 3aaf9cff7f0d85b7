import type { CreatedApiToken } from '@meridian/contracts';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '@/shared/ui/CopyButton';

export type TokenSecretModalProps = { token: CreatedApiToken | null; onClose: () => void };

/** The secret, shown this once: Meridian keeps only its hash. Closing requires an explicit click. */
export function TokenSecretModal({ token, onClose }: TokenSecretModalProps) {
  const { t } = useTranslation('settings');
  return (
    <Modal
      open={token !== null}
      title={t('tokens.secret.title', { name: token?.name ?? '' })}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('tokens.secret.saved')}
        </Button>
      }
      destroyOnHidden
    >
      {token ? (
        <Flex vertical gap={12}>
          <Alert type="warning" role="note" showIcon title={t('tokens.secret.once')} />
          <Flex gap={8} align="center">
            <Typography.Text code data-testid="token-secret" style={{ flex: 1, minWidth: 0, wordBreak: 'break-all' }}>
              {token.token}
            </Typography.Text>
            <CopyButton text={token.token} label={t('tokens.secret.copy')} type="primary" />
          </Flex>
          <Typography.Text type="secondary">{t('tokens.secret.usage')}</Typography.Text>
          <Typography.Text code style={{ wordBreak: 'break-all' }}>
            Authorization: Bearer {token.prefix}…
          </Typography.Text>
        </Flex>
      ) : null}
    </Modal>
  );
}
