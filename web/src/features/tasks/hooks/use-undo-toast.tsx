import { UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUndo } from '@/features/tasks/api/task-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

const UNDO_SECONDS = 10;
let toastSequence = 0;

export type UndoToastInput = {
  /** What happened, e.g. "已删除 3 项任务". */
  text: string;
  /** The receipt's id; without one the toast only informs. */
  undoId: string | null | undefined;
};

/**
 * Gmail-style undo: a message with an "Undo" button for ten seconds after a delete, move or bulk
 * edit. Returns `showUndo({ text, undoId })`.
 */
export function useUndoToast() {
  const { message } = App.useApp();
  const { t } = useTranslation('tasks');
  const undo = useUndo();
  const showError = useApiErrorHandler();
  const undoRef = useRef(undo);
  undoRef.current = undo;

  return useCallback(
    ({ text, undoId }: UndoToastInput) => {
      toastSequence += 1;
      const key = `task-undo-${toastSequence}`;
      if (!undoId) {
        void message.success({ key, content: text });
        return;
      }
      const handleUndo = () => {
        message.destroy(key);
        undoRef.current.mutate(undoId, {
          onSuccess: () => void message.success(t('undo.done')),
          onError: (error) => showError(error),
        });
      };
      void message.open({
        key,
        type: 'success',
        duration: UNDO_SECONDS,
        content: (
          <Flex component="span" align="center" gap={12} style={{ display: 'inline-flex' }}>
            <span>{text}</span>
            <Button size="small" type="link" icon={<UndoOutlined />} onClick={handleUndo}>
              {t('undo.action')}
            </Button>
          </Flex>
        ),
      });
    },
    [message, showError, t],
  );
}
