import { PlusOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { openQuickAdd } from '@/features/tasks/hooks/quick-add-store';

/** The top bar's "+": the same quick add as the `c` shortcut. */
export function QuickAddButton() {
  const { t } = useTranslation('tasks');
  return (
    <Tooltip title={t('quickAdd.tooltip')}>
      <Button
        type="primary"
        shape="circle"
        icon={<PlusOutlined />}
        aria-label={t('quickAdd.title')}
        onClick={() => openQuickAdd()}
      />
    </Tooltip>
  );
}
