import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, lineTotalMinor } from '@/features/deals/internal/money';

export type LineItemValue = { name: string; quantity: number; unitPrice: number; discountPercent: number };

/** Product lines inside a deal form (`lineItems`): each line's total is computed as typed. */
export function LineItemsEditor({ locale }: { locale: string }) {
  const { t } = useTranslation('deals');
  const form = Form.useFormInstance();
  const lines: LineItemValue[] = Form.useWatch('lineItems', form) ?? [];
  const totalOf = (line?: LineItemValue) =>
    line
      ? lineTotalMinor(
          line.quantity ?? 0,
          Math.round((line.unitPrice ?? 0) * 100),
          Math.round((line.discountPercent ?? 0) * 100),
        )
      : 0;
  const sum = lines.reduce((s, line) => s + totalOf(line), 0);
  return (
    <Form.List name="lineItems">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} wrap align="baseline" style={{ marginBottom: 4 }}>
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t('lines.nameRequired') }]}
                noStyle
              >
                <Input placeholder={t('lines.name')} aria-label={t('lines.name')} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'quantity']} noStyle>
                <InputNumber min={0} precision={3} placeholder={t('lines.quantity')} aria-label={t('lines.quantity')} />
              </Form.Item>
              <Form.Item name={[field.name, 'unitPrice']} noStyle>
                <InputNumber
                  min={0}
                  precision={2}
                  prefix="¥"
                  placeholder={t('lines.unitPrice')}
                  aria-label={t('lines.unitPrice')}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'discountPercent']} noStyle>
                <InputNumber
                  min={0}
                  max={100}
                  precision={2}
                  suffix="%"
                  placeholder={t('lines.discount')}
                  aria-label={t('lines.discount')}
                />
              </Form.Item>
              <Typography.Text>{formatMoney(totalOf(lines[field.name]), 'CNY', locale)}</Typography.Text>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('lines.remove')}
                onClick={() => remove(field.name)}
              />
            </Space>
          ))}
          <Space>
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', quantity: 1, unitPrice: 0, discountPercent: 0 })}
            >
              {t('lines.add')}
            </Button>
            {fields.length ? (
              <Typography.Text strong>{t('lines.sum', { amount: formatMoney(sum, 'CNY', locale) })}</Typography.Text>
            ) : null}
          </Space>
        </>
      )}
    </Form.List>
  );
}
