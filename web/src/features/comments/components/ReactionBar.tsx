import { SmileOutlined } from '@ant-design/icons';
import { type Comment, REACTION_EMOJIS } from '@meridian/contracts';
import { Button, Flex, Popover, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export type ReactionBarProps = {
  comment: Comment;
  onToggle: (emoji: string, on: boolean) => void;
};

/** Reaction counts (pressed when one's own) and a picker of the allowed emoji. */
export function ReactionBar({ comment, onToggle }: ReactionBarProps) {
  const { t } = useTranslation('comments');
  const canReact = comment.abilities.react;
  return (
    <Flex gap={4} wrap align="center">
      {comment.reactions.map((r) => (
        <Button
          key={r.emoji}
          size="small"
          type={r.mine ? 'primary' : 'default'}
          ghost={r.mine}
          aria-pressed={r.mine}
          aria-label={t('reactions.count', { emoji: r.emoji, count: r.count })}
          disabled={!canReact}
          onClick={() => onToggle(r.emoji, !r.mine)}
        >
          {r.emoji} {r.count}
        </Button>
      ))}
      {canReact ? (
        <Popover
          trigger="click"
          content={
            <Flex gap={4}>
              {REACTION_EMOJIS.map((emoji) => {
                const mine = comment.reactions.some((r) => r.emoji === emoji && r.mine);
                return (
                  <Button key={emoji} type="text" aria-label={emoji} onClick={() => onToggle(emoji, !mine)}>
                    {emoji}
                  </Button>
                );
              })}
            </Flex>
          }
        >
          <Tooltip title={t('reactions.add')}>
            <Button size="small" type="text" icon={<SmileOutlined />} aria-label={t('reactions.add')} />
          </Tooltip>
        </Popover>
      ) : null}
    </Flex>
  );
}
