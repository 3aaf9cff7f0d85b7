import { PlusOutlined } from '@ant-design/icons';
import { CreateCustomFieldBodySchema, type CustomField } from '@meridian/contracts';
import { App, Button, Card, Checkbox, Empty, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CustomFieldEntity, useCustomFields } from '@/features/projects/api/custom-field-queries';
import { useSaveCustomField } from '@/features/projects/api/project-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';
import { useSession } from '@/shared/session/session-context';
import { PageHeader } from '@/shared/ui/PageHeader';

const ENTITIES: CustomFieldEntity[] = ['project', 'task', 'customer', 'contact', 'deal'];
const TYPES: CustomField['type'][] = ['text', 'number', 'date', 'select', 'member'];

type Values = {
  entity: CustomFieldEntity;
  name: string;
  type: CustomField['type'];
  options: string;
  isRequired: boolean;
};

/** /settings/custom-fields — the organisation's own fields; admins add, rename and disable them. */
export function CustomFieldsPage() {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const me = useSession();
  const isAdmin = me.role === 'owner' || me.role === 'admin';
  const [entity, setEntity] = useState<CustomFieldEntity>('project');
  const fields = useCustomFields(entity, { includeArchived: true });
  const save = useSaveCustomField();
  const showError = useApiErrorHandler();
  const rules = useSchemaRules(CreateCustomFieldBodySchema);
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const type = Form.useWatch('type', form);

  const handleFinish = (values: Values) => {
    const options =
      values.type === 'select'
        ? values.options
            .split('\n')
            .map((label) => label.trim())
            .filter(Boolean)
            .map((label, i) => ({ id: `o${i + 1}`, label }))
        : [];
    save.mutate(
      {
        body: {
          entity: values.entity,
          name: values.name.trim(),
          type: values.type,
          options,
          isRequired: values.isRequired,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('common:saved'));
          setOpen(false);
        },
        onError: (error) => showError(error, { form }),
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('customFields.title')}
        description={t('customFields.description')}
        extra={
          isAdmin ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('customFields.add')}
            </Button>
          ) : null
        }
      />
      <Select
        aria-label={t('customFields.entity')}
        value={entity}
        onChange={setEntity}
        style={{ width: 160, marginBottom: 16 }}
        options={ENTITIES.map((e) => ({ value: e, label: t(`customFields.entities.${e}`) }))}
      />
      <Card>
        <List
          loading={fields.isPending}
          locale={{ emptyText: <Empty description={t('customFields.empty')} /> }}
          dataSource={fields.data ?? []}
          renderItem={(field) => (
            <List.Item
              actions={
                isAdmin
                  ? [
                      <Button
                        key="archive"
                        size="small"
                        onClick={() =>
                          save.mutate(
                            { id: field.id, body: { archived: field.archivedAt === null, version: field.version } },
                            { onError: (error) => showError(error) },
                          )
                        }
                      >
                        {field.archivedAt ? t('customFields.unarchive') : t('customFields.archive')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space wrap>
                <Typography.Text strong delete={field.archivedAt !== null}>
                  {field.name}
                </Typography.Text>
                <Tag>{t(`customFields.types.${field.type}`)}</Tag>
                {field.isRequired ? <Tag color="orange">{t('customFields.required')}</Tag> : null}
                {field.archivedAt ? <Tag>{t('customFields.archived')}</Tag> : null}
                {field.options.map((o) => (
                  <Tag key={o.id} color={o.color}>
                    {o.label}
                  </Tag>
                ))}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Modal
        open={open}
        title={t('customFields.add')}
        okText={t('common:actions.save')}
        cancelText={t('common:actions.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ entity, name: '', type: 'text', options: '', isRequired: false }}
          onFinish={handleFinish}
        >
          <Form.Item name="entity" label={t('customFields.entity')}>
            <Select options={ENTITIES.map((e) => ({ value: e, label: t(`customFields.entities.${e}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('customFields.name')} rules={rules('name')}>
            <Input />
          </Form.Item>
          <Form.Item name="type" label={t('customFields.type')}>
            <Select options={TYPES.map((x) => ({ value: x, label: t(`customFields.types.${x}`) }))} />
          </Form.Item>
          {type === 'select' ? (
            <Form.Item name="options" label={t('customFields.options')} extra={t('customFields.optionsHelp')}>
              <Input.TextArea autoSize={{ minRows: 3 }} />
            </Form.Item>
          ) : null}
          <Form.Item name="isRequired" valuePropName="checked">
            <Checkbox>{t('customFields.required')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
