import { ArrowDownOutlined, ArrowUpOutlined, FireOutlined, MinusOutlined } from '@ant-design/icons';
import type { TaskPriority } from '@meridian/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const ICONS: Record<TaskPriority, React.ReactNode> = {
  urgent: <FireOutlined />,
  high: <ArrowUpOutlined />,
  medium: <MinusOutlined />,
  low: <ArrowDownOutlined />,
};
const COLORS: Record<TaskPriority, string> = { urgent: 'red', high: 'orange', medium: 'blue', low: 'default' };

/** Priority with an icon and its word, so colour is never the only signal. */
export function PriorityTag({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation('tasks');
  return (
    <Tag color={COLORS[priority]} icon={ICONS[priority]} style={{ marginInlineEnd: 0 }}>
      {t(`priority.${priority}`)}
    </Tag>
  );
}
