import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isAppLocale, otherLocale } from '@/shared/i18n/locale';
import { useChangeLocale } from '@/shared/session/use-change-locale';

/** One click switches between 中文 and English; the label names the language it switches to. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const changeLocale = useChangeLocale();
  const current = isAppLocale(i18n.language) ? i18n.language : 'zh-CN';
  const target = otherLocale(current);

  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      data-testid="lang-switch"
      aria-label={t('language.switchTo', { language: t(`language.names.${target}`) })}
      lang={target}
      onClick={() => changeLocale(target)}
    >
      {t(`language.short.${target}`)}
    </Button>
  );
}
