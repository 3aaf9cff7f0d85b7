import { PlusOutlined } from '@ant-design/icons';
import type { CreateTaskBody } from '@meridian/contracts';
import { Button, Input } from 'antd';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateTask } from '@/features/tasks/api/task-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { isImeEnter } from '@/shared/ui/ime-enter-guard';

export type QuickAddTaskProps = {
  /** Project, plus what the column implies (status, assignee or priority). */
  defaults: Omit<CreateTaskBody, 'title'>;
  columnName: string;
};

/** "+ Add task" at the foot of a column: type a title, Enter creates it there and keeps the box open. */
export function QuickAddTask({ defaults, columnName }: QuickAddTaskProps) {
  const { t } = useTranslation('board');
  const [isOpen, setIsOpen] = useState(false);
  const [title, setTitle] = useState('');
  const create = useCreateTask();
  const showError = useApiErrorHandler();

  const submit = () => {
    const text = title.trim();
    if (!text || create.isPending) return;
    create.mutate(
      { ...defaults, title: text },
      {
        onSuccess: () => setTitle(''),
        onError: (error) => showError(error),
      },
    );
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isImeEnter(event.nativeEvent)) return;
    if (event.key === 'Escape') {
      setIsOpen(false);
      setTitle('');
    }
  };

  if (!isOpen) {
    return (
      <Button
        type="text"
        block
        icon={<PlusOutlined />}
        onClick={() => setIsOpen(true)}
        style={{ justifyContent: 'flex-start' }}
      >
        {t('quickAdd.open')}
      </Button>
    );
  }
  return (
    <Input
      autoFocus
      value={title}
      maxLength={500}
      placeholder={t('quickAdd.placeholder')}
      aria-label={t('quickAdd.label', { column: columnName })}
      onChange={(event) => setTitle(event.target.value)}
      onPressEnter={(event) => {
        if (!isImeEnter(event.nativeEvent)) submit();
      }}
      onKeyDown={handleKeyDown}
      onBlur={() => {
        if (!title.trim()) setIsOpen(false);
      }}
    />
  );
}
