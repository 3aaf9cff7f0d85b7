import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/shared/api/api-error';
import { describeError } from '@/shared/api/error-message';
import { applyFieldErrors, translateFieldError } from '@/shared/api/field-errors';

export type ShowErrorOptions = {
  /** Field errors go onto this form's fields. */
  form?: FormInstance;
  /** Offered as "reload" when someone else changed the record first (409 version_conflict). */
  onReload?: () => void;
};

/**
 * One way to report a failed request: field errors on their fields, a version conflict as a dialog
 * that reloads, anything else as a message in the current language.
 */
export function useApiErrorHandler() {
  const { message, modal } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, options: ShowErrorOptions = {}) => {
      if (error instanceof ApiError && error.code === 'version_conflict' && options.onReload) {
        const reload = options.onReload;
        modal.warning({
          title: t('errors:version_conflict'),
          content: t('errors:version_conflict_hint'),
          okText: t('common:actions.reload'),
          onOk: reload,
        });
        return;
      }
      if (options.form && error instanceof ApiError && error.errors.length > 0) {
        const unplaced = applyFieldErrors(options.form, error);
        if (unplaced.length === 0) return;
        void message.error(unplaced.map(translateFieldError).join(t('common:listSeparator')));
        return;
      }
      void message.error(describeError(t, error));
    },
    [message, modal, t],
  );
}
