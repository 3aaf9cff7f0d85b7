import { CalendarOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dueState, formatShortDay } from '@/features/board/internal/due-date';

export type DueDateTextProps = { dueDate: string; today: string; isDone: boolean };

/** A due date; overdue ones are red and say so in words for screen readers and colour-blind users. */
export function DueDateText({ dueDate, today, isDone }: DueDateTextProps) {
  const { t, i18n } = useTranslation('board');
  const state = dueState(dueDate, today, isDone);
  const label = formatShortDay(dueDate, i18n.language, today);
  return (
    <Typography.Text
      type={state === 'overdue' ? 'danger' : state === 'today' ? 'warning' : 'secondary'}
      style={{ fontSize: 12, whiteSpace: 'nowrap' }}
    >
      <CalendarOutlined aria-hidden /> <span className="sr-only">{t('card.due')} </span>
      {label}
      {state === 'overdue' ? ` · ${t('card.overdue')}` : state === 'today' ? ` · ${t('card.dueToday')}` : ''}
    </Typography.Text>
  );
}
