import { SettingOutlined } from '@ant-design/icons';
import type { CustomField } from '@meridian/contracts';
import { Button, Checkbox, Flex, Popover } from 'antd';
import { useTranslation } from 'react-i18next';
import { BASE_COLUMNS, REQUIRED_COLUMNS } from '@/features/tasks/internal/task-columns';

export type ColumnChooserProps = {
  value: string[];
  onChange: (columns: string[]) => void;
  customFields: CustomField[];
};

/** Show or hide columns; key and title always stay. */
export function ColumnChooser({ value, onChange, customFields }: ColumnChooserProps) {
  const { t } = useTranslation('tasks');
  const options = [
    ...BASE_COLUMNS.map((column) => ({
      value: column,
      label: t(`columns.${column}`),
      disabled: REQUIRED_COLUMNS.has(column),
    })),
    ...customFields.map((field) => ({ value: `cf:${field.id}`, label: field.name, disabled: false })),
  ];
  const content = (
    <Checkbox.Group
      value={value}
      onChange={(checked) => {
        // Keep the column order of the options, not the order of clicks.
        const set = new Set(checked.map(String));
        onChange(options.map((option) => option.value).filter((column) => set.has(column)));
      }}
    >
      <Flex vertical gap={4}>
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </Checkbox>
        ))}
      </Flex>
    </Checkbox.Group>
  );
  return (
    <Popover trigger="click" content={content} title={t('list.columns')} placement="bottomRight">
      <Button icon={<SettingOutlined />} aria-label={t('list.columns')}>
        {t('list.columns')}
      </Button>
    </Popover>
  );
}
