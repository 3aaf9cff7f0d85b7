import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/shared/ui/ButtonLink';

/** 404 for routes the SPA does not know and records that are gone. */
export function NotFoundResult() {
  const { t } = useTranslation('common');
  return (
    <Result
      status="404"
      title={t('result.notFound.title')}
      subTitle={t('result.notFound.description')}
      extra={
        <ButtonLink to="/" type="primary">
          {t('result.backHome')}
        </ButtonLink>
      }
    />
  );
}
