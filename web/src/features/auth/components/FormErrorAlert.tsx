import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/shared/api/error-message';

export type FormErrorAlertProps = { error: unknown };

/**
 * On public forms an error that belongs to no field stays on screen (a message would vanish while
 * the user still reads the form) and is announced to screen readers.
 */
export function FormErrorAlert({ error }: FormErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={describeError(t, error)} />;
}
