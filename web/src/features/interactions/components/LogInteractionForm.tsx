import { INTERACTION_KINDS, type InteractionKind, type LogInteractionBody } from '@meridian/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Flex, Form, Input, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerPicker } from '@/features/deals/components/Pickers';
import { useLogInteraction } from '@/features/interactions/api/interaction-queries';
import { api } from '@/shared/api/client';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

export type LogInteractionFormProps = {
  customerId?: string | undefined;
  dealId?: string | undefined;
  onDone?: () => void;
};

type Values = {
  kind: InteractionKind;
  customerId: string;
  contactIds?: string[];
  occurredAt: Dayjs;
  summary: string;
  outcome?: string;
  nextStep?: string;
  followUp?: boolean;
  projectId?: string;
  dueDate?: Dayjs;
};

type Option = { id: string; name: string };

function useOptions(path: string, query: Record<string, string | undefined>, enabled: boolean) {
  return useQuery({
    queryKey: ['interaction-form', path, query],
    queryFn: ({ signal }): Promise<Option[]> =>
      api.get<{ items: Option[] }>(path, { ...query, limit: 50 }, signal).then((r) => r.items),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** One fast form for a call, visit, meeting…: sensible defaults (now, the given customer/deal), one submit. */
export function LogInteractionForm({ customerId, dealId, onDone }: LogInteractionFormProps) {
  const { t } = useTranslation('interactions');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const log = useLogInteraction();
  const showError = useApiErrorHandler();
  const chosenCustomer = Form.useWatch('customerId', form) ?? customerId;
  const followUp = Form.useWatch('followUp', form);
  const [projectQuery, setProjectQuery] = useState('');
  const contacts = useOptions('/contacts', { customerId: chosenCustomer }, Boolean(chosenCustomer));
  const projects = useOptions('/projects', { q: projectQuery || undefined }, Boolean(followUp));

  const handleFinish = (values: Values) => {
    const body: LogInteractionBody = {
      kind: values.kind,
      occurredAt: values.occurredAt.toISOString(),
      customerId: values.customerId,
      dealId: dealId ?? null,
      contactIds: values.contactIds ?? [],
      summary: values.summary.trim(),
      outcome: values.outcome?.trim() ?? '',
      nextStep: values.nextStep?.trim() ?? '',
      ...(values.followUp && values.projectId && values.dueDate
        ? { createFollowUpTask: { projectId: values.projectId, dueDate: values.dueDate.format('YYYY-MM-DD') } }
        : {}),
    };
    log.mutate(body, {
      onSuccess: () => {
        void message.success(t('form.done'));
        form.resetFields();
        onDone?.();
      },
      onError: (error) => showError(error, { form }),
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'call', customerId, occurredAt: dayjs() }}
      onFinish={handleFinish}
    >
      <Form.Item name="kind" label={t('form.kind')}>
        <Segmented options={INTERACTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      </Form.Item>
      {customerId ? (
        <Form.Item name="customerId" hidden>
          <Input />
        </Form.Item>
      ) : (
        <Form.Item
          name="customerId"
          label={t('form.customer')}
          rules={[{ required: true, message: t('form.customerRequired') }]}
        >
          <CustomerPicker />
        </Form.Item>
      )}
      <Flex gap={12} wrap>
        <Form.Item name="occurredAt" label={t('form.occurredAt')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="contactIds" label={t('form.contacts')} style={{ flex: 1, minWidth: 200 }}>
          <Select
            mode="multiple"
            allowClear
            options={(contacts.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item
        name="summary"
        label={t('form.summary')}
        rules={[{ required: true, whitespace: true, message: t('form.summaryRequired') }, { max: 10000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="outcome" label={t('form.outcome')} rules={[{ max: 2000 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="nextStep" label={t('form.nextStep')} rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="followUp" valuePropName="checked">
        <Checkbox>{t('form.followUp')}</Checkbox>
      </Form.Item>
      {followUp ? (
        <Flex gap={12} wrap>
          <Form.Item
            name="projectId"
            label={t('form.project')}
            rules={[{ required: true, message: t('form.projectRequired') }]}
            style={{ flex: 1, minWidth: 200 }}
          >
            <Select
              showSearch={{ filterOption: false, onSearch: setProjectQuery }}
              options={(projects.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
          <Form.Item
            name="dueDate"
            label={t('form.dueDate')}
            rules={[{ required: true, message: t('form.dueDateRequired') }]}
          >
            <DatePicker />
          </Form.Item>
        </Flex>
      ) : null}
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={log.isPending}>
          {t('form.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
