import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** A page crashed, or a code chunk is gone after a deploy: reloading fixes the latter. */
export function RouteErrorPage() {
  const { t } = useTranslation('common');
  const error = useRouteError();
  const isStaleChunk =
    error instanceof Error && /dynamically imported module|Importing a module script/i.test(error.message);
  return (
    <Result
      status="500"
      title={t(isStaleChunk ? 'result.staleVersion.title' : 'result.crash.title')}
      subTitle={t(isStaleChunk ? 'result.staleVersion.description' : 'result.crash.description')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </Button>
      }
    />
  );
}
