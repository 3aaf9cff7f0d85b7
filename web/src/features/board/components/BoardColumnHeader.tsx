import { WarningOutlined } from '@ant-design/icons';
import type { BoardColumn } from '@meridian/contracts';
import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { isOverWip } from '@/features/board/internal/board-order';

export type BoardColumnHeaderProps = { column: BoardColumn; name: string; headingId: string };

/** Name, count and WIP limit; above the limit the header says so in words, with an icon and colour. */
export function BoardColumnHeader({ column, name, headingId }: BoardColumnHeaderProps) {
  const { t } = useTranslation('board');
  const { token } = theme.useToken();
  const isOver = isOverWip(column);
  return (
    <Flex vertical gap={2} style={{ padding: '4px 4px 8px' }}>
      <Flex align="center" gap={8}>
        {column.color ? (
          <span aria-hidden style={{ width: 8, height: 8, borderRadius: 4, background: column.color, flexShrink: 0 }} />
        ) : null}
        <Typography.Title id={headingId} level={5} style={{ margin: 0, fontSize: 14 }} ellipsis={{ tooltip: name }}>
          {name}
        </Typography.Title>
        <Typography.Text
          type={isOver ? 'warning' : 'secondary'}
          strong={isOver}
          aria-label={
            column.wipLimit === null
              ? t('column.count', { count: column.count })
              : t('column.countWithLimit', { count: column.count, limit: column.wipLimit })
          }
        >
          {column.wipLimit === null ? column.count : `${column.count} / ${column.wipLimit}`}
        </Typography.Text>
      </Flex>
      {isOver ? (
        <Typography.Text style={{ fontSize: 12, color: token.colorWarningText }} role="status">
          <WarningOutlined aria-hidden /> {t('column.overWip', { limit: column.wipLimit })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
