import type { Comment } from '@meridian/contracts';
import { Button, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentBody } from '@/features/comments/components/CommentBody';
import { CommentComposer } from '@/features/comments/components/CommentComposer';
import { ReactionBar } from '@/features/comments/components/ReactionBar';
import { toComposerText } from '@/features/comments/internal/mentions';
import { useDateFormat } from '@/shared/format/use-date-format';
import { UserAvatar } from '@/shared/ui/UserAvatar';

export type CommentItemProps = {
  comment: Comment;
  onUpdate: (body: string) => Promise<unknown>;
  onDelete: () => void;
  onReact: (emoji: string, on: boolean) => void;
  isUpdating: boolean;
};

/** One comment: author, time (edited), Markdown body, reactions, and edit/delete for who may. */
export function CommentItem({ comment, onUpdate, onDelete, onReact, isUpdating }: CommentItemProps) {
  const { t } = useTranslation('comments');
  const format = useDateFormat();
  const [isEditing, setIsEditing] = useState(false);
  const editing = isEditing ? toComposerText(comment.body) : null;
  return (
    <Flex gap={12} align="flex-start" component="article" aria-label={t('item.label', { name: comment.author.name })}>
      <UserAvatar name={comment.author.name} initials={comment.author.initials} color={comment.author.avatarColor} />
      <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Flex gap={8} align="baseline" wrap>
          <Typography.Text strong>{comment.author.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <time dateTime={comment.createdAt} title={format.dateTime(comment.createdAt)}>
              {format.relative(comment.createdAt)}
            </time>
            {comment.editedAt ? ` · ${t('item.edited')}` : ''}
          </Typography.Text>
        </Flex>
        {editing ? (
          <CommentComposer
            initialText={editing.text}
            initialPicked={editing.picked}
            submitLabel={t('common:actions.save')}
            isSubmitting={isUpdating}
            autoFocus
            onCancel={() => setIsEditing(false)}
            onSubmit={async (body) => {
              await onUpdate(body);
              setIsEditing(false);
            }}
          />
        ) : (
          <CommentBody body={comment.body} />
        )}
        <Flex gap={8} align="center" wrap>
          <ReactionBar comment={comment} onToggle={onReact} />
          {comment.abilities.update && !isEditing ? (
            <Button size="small" type="link" onClick={() => setIsEditing(true)}>
              {t('item.edit')}
            </Button>
          ) : null}
          {comment.abilities.delete ? (
            <Popconfirm
              title={t('item.deleteConfirm')}
              okText={t('common:actions.delete')}
              cancelText={t('common:actions.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={onDelete}
            >
              <Button size="small" type="link" danger>
                {t('common:actions.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      </Flex>
    </Flex>
  );
}
