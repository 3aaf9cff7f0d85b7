import { ArrowDownOutlined, ArrowUpOutlined, FireFilled, MinusOutlined } from '@ant-design/icons';
import type { TaskPriority } from '@meridian/contracts';
import { Tooltip, theme } from 'antd';
import { useTranslation } from 'react-i18next';

export type PriorityIconProps = { priority: TaskPriority };

/** A shape per priority (not only a colour), named for screen readers and in a tooltip. */
export function PriorityIcon({ priority }: PriorityIconProps) {
  const { t } = useTranslation('board');
  const { token } = theme.useToken();
  const label = t('priorityLabel', { priority: t(`priority.${priority}`) });
  const style = {
    urgent: { color: token.colorError },
    high: { color: token.colorWarningText },
    medium: { color: token.colorPrimary },
    low: { color: token.colorTextSecondary },
  }[priority];
  const Icon = { urgent: FireFilled, high: ArrowUpOutlined, medium: MinusOutlined, low: ArrowDownOutlined }[priority];
  return (
    <Tooltip title={label}>
      <Icon role="img" aria-label={label} style={style} />
    </Tooltip>
  );
}
