import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** While the session or a lazily loaded page arrives. */
export function FullPageSpin() {
  const { t } = useTranslation('common');
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }} role="status" aria-live="polite">
      <Spin size="large" description={t('loading')} />
    </Flex>
  );
}
