import type { AuthConfig } from '@meridian/contracts';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export type DemoHintProps = { demo: NonNullable<AuthConfig['demo']>; onUse: () => void };

/** On demo servers: the shared account, with a button that fills the form with it. */
export function DemoHint({ demo, onUse }: DemoHintProps) {
  const { t } = useTranslation('auth');
  return (
    <Alert
      type="info"
      role="note"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('signIn.demo.title')}
      description={
        <>
          <div>
            {t('signIn.demo.email')}
            <Typography.Text code copyable>
              {demo.email}
            </Typography.Text>
          </div>
          <div>
            {t('signIn.demo.password')}
            <Typography.Text code copyable>
              {demo.password}
            </Typography.Text>
          </div>
        </>
      }
      action={
        <Button size="small" onClick={onUse}>
          {t('signIn.demo.use')}
        </Button>
      }
    />
  );
}
