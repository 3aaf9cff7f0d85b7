import { CreateCustomerBodySchema, CUSTOMER_SOURCES, CUSTOMER_STATUSES, CUSTOMER_TYPES } from '@meridian/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CITIES, PROVINCES } from '@/features/customers/internal/provinces';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

export type CustomerFormValues = {
  name: string;
  type: string;
  status: string;
  industry?: string;
  source?: string;
  province?: string;
  city?: string;
  phone?: string;
  email?: string;
  creditCode?: string;
  website?: string;
  address?: string;
  tags?: string[];
  notes?: string;
};

/** The customer form's fields, shared by the create dialog and the profile tab. */
export function CustomerFields() {
  const { t } = useTranslation('customers');
  const rules = useSchemaRules(CreateCustomerBodySchema);
  const form = Form.useFormInstance<CustomerFormValues>();
  const province = Form.useWatch('province', form) as (typeof PROVINCES)[number] | undefined;
  const cities = (province && CITIES[province]) || [];
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name="name" label={t('fields.name')} rules={rules('name', { required: true })}>
          <Input placeholder={t('form.namePlaceholder')} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="type" label={t('fields.type')}>
          <Select options={CUSTOMER_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="status" label={t('fields.status')}>
          <Select options={CUSTOMER_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="phone" label={t('fields.phone')} rules={rules('phone')}>
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="email" label={t('fields.email')} rules={rules('email')}>
          <Input inputMode="email" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="creditCode" label={t('fields.creditCode')} rules={rules('creditCode')}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="industry" label={t('fields.industry')} rules={rules('industry')}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item name="province" label={t('fields.province')}>
          <Select
            allowClear
            showSearch
            options={PROVINCES.map((p) => ({ value: p, label: p }))}
            onChange={() => form.setFieldValue('city', undefined)}
          />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item name="city" label={t('fields.city')}>
          <Select allowClear showSearch mode={undefined} options={cities.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="source" label={t('fields.source')}>
          <Select allowClear options={CUSTOMER_SOURCES.map((v) => ({ value: v, label: t(`source.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="tags" label={t('fields.tags')}>
          <Select mode="tags" tokenSeparators={[',', '，']} open={false} placeholder={t('form.tagsPlaceholder')} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="website" label={t('fields.website')} rules={rules('website')}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="address" label={t('fields.address')} rules={rules('address')}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="notes" label={t('fields.notes')} rules={rules('notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The request body of the form's values: blanks are sent as empty, the credit code as null. */
export function toCustomerBody(values: CustomerFormValues) {
  return {
    name: values.name.trim(),
    type: values.type as (typeof CUSTOMER_TYPES)[number],
    status: values.status as (typeof CUSTOMER_STATUSES)[number],
    industry: values.industry ?? '',
    source: values.source ?? '',
    province: values.province ?? '',
    city: values.city ?? '',
    phone: values.phone ?? '',
    email: values.email ?? '',
    creditCode: values.creditCode?.trim() ? values.creditCode : null,
    website: values.website ?? '',
    address: values.address ?? '',
    tags: values.tags ?? [],
    notes: values.notes ?? '',
  };
}
