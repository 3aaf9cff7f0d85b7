import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '@/shared/ui/copy-text';

export type CopyButtonProps = { text: string; label?: string; type?: ButtonProps['type'] };

/** Copies `text`; shows the label when given, else is an icon button with an accessible name. */
export function CopyButton({ text, label, type = 'default' }: CopyButtonProps) {
  const { t } = useTranslation('common');
  const { message } = App.useApp();
  const [isCopied, setIsCopied] = useState(false);

  const handleCopy = async () => {
    const hasCopied = await copyText(text);
    if (!hasCopied) {
      void message.error(t('copy.failed'));
      return;
    }
    setIsCopied(true);
    void message.success(t('copy.done'));
    window.setTimeout(() => setIsCopied(false), 2000);
  };

  return (
    <Button
      type={type}
      icon={isCopied ? <CheckOutlined /> : <CopyOutlined />}
      aria-label={label ?? t('copy.action')}
      onClick={handleCopy}
    >
      {label}
    </Button>
  );
}
