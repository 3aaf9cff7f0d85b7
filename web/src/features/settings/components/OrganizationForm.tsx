import { type Organization, UpdateOrgBodySchema } from '@meridian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateOrg } from '@/features/settings/api/org-mutations';
import { orgKeys } from '@/features/settings/api/org-queries';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { listTimeZones } from '@/shared/format/time-zones';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

type OrgValues = Pick<Organization, 'name' | 'currency' | 'timeZone' | 'weekStart' | 'sessionIdleMinutes'>;

const CURRENCIES = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'GBP', 'JPY', 'SGD'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export type OrganizationFormProps = { org: Organization; canEdit: boolean };

export function OrganizationForm({ org, canEdit }: OrganizationFormProps) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgValues>();
  const queryClient = useQueryClient();
  const updateOrg = useUpdateOrg();
  const showError = useApiErrorHandler();
  const rules = useSchemaRules(UpdateOrgBodySchema);
  const currencies = CURRENCIES.includes(org.currency) ? CURRENCIES : [org.currency, ...CURRENCIES];

  const handleFinish = (values: OrgValues) => {
    updateOrg.mutate(
      { ...values, name: values.name.trim(), version: org.version },
      {
        onSuccess: () => void message.success(t('common:saved')),
        onError: (error) =>
          showError(error, { form, onReload: () => queryClient.invalidateQueries({ queryKey: orgKeys.all }) }),
      },
    );
  };

  return (
    <Form<OrgValues>
      form={form}
      layout="vertical"
      style={{ maxWidth: 520 }}
      disabled={!canEdit}
      initialValues={{
        name: org.name,
        currency: org.currency,
        timeZone: org.timeZone,
        weekStart: org.weekStart,
        sessionIdleMinutes: org.sessionIdleMinutes,
      }}
      onFinish={handleFinish}
    >
      <Form.Item name="name" label={t('org.name')} rules={rules('name')}>
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item name="currency" label={t('org.currency')} rules={rules('currency')} extra={t('org.currencyHint')}>
        <Select
          options={currencies.map((code) => ({
            value: code,
            label: `${code} · ${t(`org.currencies.${code}`, { defaultValue: code })}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="timeZone" label={t('org.timeZone')} rules={rules('timeZone')}>
        <Select showSearch options={listTimeZones().map((zone) => ({ value: zone, label: zone }))} />
      </Form.Item>
      <Form.Item name="weekStart" label={t('org.weekStart')} rules={rules('weekStart')}>
        <Select options={WEEKDAYS.map((day) => ({ value: day, label: t(`common:weekdays.${day}`) }))} />
      </Form.Item>
      <Form.Item
        name="sessionIdleMinutes"
        label={t('org.sessionIdleMinutes')}
        rules={rules('sessionIdleMinutes')}
        extra={t('org.sessionIdleHint')}
      >
        <InputNumber min={15} max={1440} step={15} precision={0} suffix={t('org.minutes')} style={{ width: 200 }} />
      </Form.Item>
      {canEdit ? (
        <Button type="primary" htmlType="submit" loading={updateOrg.isPending}>
          {t('common:actions.save')}
        </Button>
      ) : null}
    </Form>
  );
}
