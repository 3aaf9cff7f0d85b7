import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type BlockedModalProps = { isOpen: boolean; onCancel: () => void; onConfirm: (reason: string) => void };

/** Flagging a task as blocked asks why; the project lead is notified at once. */
export function BlockedModal({ isOpen, onCancel, onConfirm }: BlockedModalProps) {
  const { t } = useTranslation('tasks');
  const [reason, setReason] = useState('');
  return (
    <Modal
      open={isOpen}
      title={t('blocked.title')}
      okText={t('blocked.ok')}
      okButtonProps={{ danger: true }}
      onCancel={onCancel}
      onOk={() => {
        onConfirm(reason.trim());
        setReason('');
      }}
      destroyOnHidden
    >
      <label htmlFor="task-blocked-reason">{t('blocked.reason')}</label>
      <Input.TextArea
        id="task-blocked-reason"
        value={reason}
        maxLength={2000}
        autoSize={{ minRows: 3 }}
        onChange={(event) => setReason(event.target.value)}
        autoFocus
      />
    </Modal>
  );
}
