import { Empty } from 'antd';
import type { ReactNode } from 'react';

export type EmptyStateProps = { description: ReactNode; children?: ReactNode };

/**
 * For tables' empty text: antd's default grey there is below AA contrast, Empty's description
 * colour is not. `children` is the next action ("create the first team").
 */
export function EmptyState({ description, children }: EmptyStateProps) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {children}
    </Empty>
  );
}
