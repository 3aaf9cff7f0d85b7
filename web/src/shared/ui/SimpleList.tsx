import { Empty, Flex, theme } from 'antd';
import type { Key, ReactNode } from 'react';

export type SimpleListProps<T> = {
  items: readonly T[];
  rowKey: (item: T) => Key;
  renderItem: (item: T) => ReactNode;
  renderActions?: (item: T) => ReactNode;
  emptyText?: ReactNode;
};

/** A plain bordered list (antd's List is deprecated in v6): content left, actions right, wraps on phones. */
export function SimpleList<T>({ items, rowKey, renderItem, renderActions, emptyText }: SimpleListProps<T>) {
  const { token } = theme.useToken();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, index) => (
        <li
          key={rowKey(item)}
          style={{ padding: '12px 0', borderTop: index === 0 ? 'none' : `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex justify="space-between" align="center" gap={12} wrap>
            <div style={{ minWidth: 0, flex: '1 1 240px' }}>{renderItem(item)}</div>
            {renderActions ? (
              <Flex gap={8} wrap>
                {renderActions(item)}
              </Flex>
            ) : null}
          </Flex>
        </li>
      ))}
    </ul>
  );
}
