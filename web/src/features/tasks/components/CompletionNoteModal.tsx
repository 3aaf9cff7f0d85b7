import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type CompletionNoteModalProps = {
  taskTitle: string | null;
  onCancel: () => void;
  onConfirm: (note: string) => void;
};

/** Finishing a task asks for an optional note, posted to the activity and sent to watchers. */
export function CompletionNoteModal({ taskTitle, onCancel, onConfirm }: CompletionNoteModalProps) {
  const { t } = useTranslation('tasks');
  const [note, setNote] = useState('');
  const close = () => setNote('');
  return (
    <Modal
      open={taskTitle !== null}
      title={t('complete.title')}
      okText={t('complete.ok')}
      onCancel={() => {
        close();
        onCancel();
      }}
      onOk={() => {
        onConfirm(note.trim());
        close();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph ellipsis={{ rows: 2 }}>{taskTitle}</Typography.Paragraph>
      <label htmlFor="task-completion-note">{t('complete.noteLabel')}</label>
      <Input.TextArea
        id="task-completion-note"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        maxLength={5000}
        autoSize={{ minRows: 3, maxRows: 8 }}
        placeholder={t('complete.notePlaceholder')}
        autoFocus
      />
    </Modal>
  );
}
