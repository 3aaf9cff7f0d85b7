import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/shared/ui/ButtonLink';

/** 403 where the member's abilities do not include the page. */
export function ForbiddenResult() {
  const { t } = useTranslation('common');
  return (
    <Result
      status="403"
      title={t('result.forbidden.title')}
      subTitle={t('result.forbidden.description')}
      extra={
        <ButtonLink to="/" type="primary">
          {t('result.backHome')}
        </ButtonLink>
      }
    />
  );
}
