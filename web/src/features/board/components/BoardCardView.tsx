import { ApartmentOutlined, CheckSquareOutlined, HolderOutlined, StopOutlined } from '@ant-design/icons';
import type { Label, Task } from '@meridian/contracts';
import { Flex, Tooltip, Typography, theme } from 'antd';
import type { CSSProperties, HTMLAttributes, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { DueDateText } from '@/features/board/components/DueDateText';
import { LabelTags } from '@/features/board/components/LabelTags';
import { PriorityIcon } from '@/features/board/components/PriorityIcon';
import { UserAvatar } from '@/shared/ui/UserAvatar';

/** A native button without the browser's chrome: keyboard focus and semantics, the card's look. */
const bareButton: CSSProperties = { background: 'none', border: 0, padding: 0, font: 'inherit' };

export type BoardCardViewProps = {
  task: Task;
  labels: ReadonlyMap<string, Label>;
  today: string;
  onOpen?: ((task: Task) => void) | undefined;
  /** The drag handle's ref, props and listeners (keyboard pick-up); absent when the card cannot move. */
  handleRef?: Ref<HTMLButtonElement> | undefined;
  handleProps?: HTMLAttributes<HTMLButtonElement> | undefined;
  isDragging?: boolean | undefined;
  isOverlay?: boolean | undefined;
};

/** One card: key, title, priority, assignee, due date, labels, checklist, blocked and subtasks. */
export function BoardCardView({
  task,
  labels,
  today,
  onOpen,
  handleRef,
  handleProps,
  isDragging,
  isOverlay,
}: BoardCardViewProps) {
  const { t } = useTranslation('board');
  const { token } = theme.useToken();
  const style: CSSProperties = {
    background: token.colorBgContainer,
    border: `1px solid ${task.isBlocked ? token.colorErrorBorder : token.colorBorderSecondary}`,
    borderRadius: token.borderRadius,
    padding: '8px 10px',
    opacity: isDragging ? 0.4 : 1,
    boxShadow: isOverlay ? token.boxShadowSecondary : undefined,
    cursor: handleProps ? 'grab' : 'default',
  };
  const isDone = task.status.category === 'done';
  return (
    <Flex vertical gap={6} style={style}>
      <Flex align="center" gap={6}>
        {handleProps ? (
          <button
            ref={handleRef}
            type="button"
            aria-label={t('card.dragHandle', { key: task.key, title: task.title })}
            {...handleProps}
            style={{
              ...bareButton,
              touchAction: 'none',
              cursor: 'grab',
              minWidth: 24,
              minHeight: 24,
              color: token.colorTextSecondary,
            }}
          >
            <HolderOutlined aria-hidden />
          </button>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {task.key}
        </Typography.Text>
        <PriorityIcon priority={task.priority} />
        {task.isBlocked ? (
          <Tooltip title={task.blockedReason || t('card.blocked')}>
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              <StopOutlined aria-hidden /> {t('card.blocked')}
            </Typography.Text>
          </Tooltip>
        ) : null}
        <span style={{ flex: 1 }} />
        {task.assignee ? (
          <Tooltip title={task.assignee.name}>
            <span>
              <UserAvatar
                size="small"
                name={task.assignee.name}
                initials={task.assignee.initials}
                color={task.assignee.avatarColor}
              />
              <span className="sr-only">{t('card.assignee', { name: task.assignee.name })}</span>
            </span>
          </Tooltip>
        ) : null}
      </Flex>
      <button
        type="button"
        onClick={() => onOpen?.(task)}
        style={{
          ...bareButton,
          textAlign: 'left',
          cursor: 'pointer',
          overflowWrap: 'anywhere',
          color: token.colorText,
          textDecoration: isDone ? 'line-through' : undefined,
        }}
      >
        {task.title}
      </button>
      <LabelTags labelIds={task.labelIds} labels={labels} />
      <Flex align="center" gap={10} wrap style={{ fontSize: 12 }}>
        {task.dueDate ? <DueDateText dueDate={task.dueDate} today={today} isDone={isDone} /> : null}
        {task.checklistCounts.total > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <CheckSquareOutlined aria-hidden />{' '}
            <span aria-hidden>
              {task.checklistCounts.done}/{task.checklistCounts.total}
            </span>
            <span className="sr-only">
              {t('card.checklist', { done: task.checklistCounts.done, total: task.checklistCounts.total })}
            </span>
          </Typography.Text>
        ) : null}
        {task.subtaskCounts.total > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <ApartmentOutlined aria-hidden />{' '}
            <span aria-hidden>
              {task.subtaskCounts.done}/{task.subtaskCounts.total}
            </span>
            <span className="sr-only">
              {t('card.subtasks', { done: task.subtaskCounts.done, total: task.subtaskCounts.total })}
            </span>
          </Typography.Text>
        ) : null}
      </Flex>
    </Flex>
  );
}
