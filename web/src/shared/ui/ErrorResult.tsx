import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/shared/api/error-message';

export type ErrorResultProps = { error: unknown; onRetry?: () => void };

/** A page that could not load: what went wrong in the user's language, and a retry. */
export function ErrorResult({ error, onRetry }: ErrorResultProps) {
  const { t } = useTranslation('common');
  return (
    <Result
      status="error"
      title={t('result.error.title')}
      subTitle={describeError(t, error)}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : null
      }
    />
  );
}
