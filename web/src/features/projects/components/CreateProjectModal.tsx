import { CreateProjectBodySchema, type Project } from '@meridian/contracts';
import { App, ColorPicker, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateProject } from '@/features/projects/api/project-mutations';
import { useProjectTemplates } from '@/features/projects/api/project-queries';
import { loadHanInitials, suggestProjectKey } from '@/features/projects/internal/project-key';
import { useMemberSearch } from '@/features/settings/api/member-queries';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

type Values = {
  name: string;
  key: string;
  templateId: string;
  startDate: Dayjs | null;
  leadId: string | null;
  visibility: 'org' | 'private';
  color: string | { toHexString(): string };
};

export type CreateProjectModalProps = { open: boolean; onClose: () => void; onCreated: (project: Project) => void };

const COLORS = ['#1677ff', '#13c2c2', '#52c41a', '#fa8c16', '#eb2f96', '#722ed1'];

/** New project: name, a key suggested from it, a template (built-in or the organisation's), start, lead. */
export function CreateProjectModal({ open, onClose, onCreated }: CreateProjectModalProps) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = useSchemaRules(CreateProjectBodySchema);
  const templates = useProjectTemplates();
  const createProject = useCreateProject();
  const showError = useApiErrorHandler();
  const [leadQuery, setLeadQuery] = useState('');
  const members = useMemberSearch(leadQuery);
  const keyEdited = useRef(false);
  const hanInitials = useRef<((text: string) => string) | undefined>(undefined);

  useEffect(() => {
    if (!open) return;
    keyEdited.current = false;
    void loadHanInitials().then((fn) => {
      hanInitials.current = fn;
    });
  }, [open]);

  const handleNameChange = (name: string) => {
    if (keyEdited.current) return;
    form.setFieldValue('key', name.trim() ? suggestProjectKey(name, hanInitials.current) : '');
  };

  const handleFinish = (values: Values) => {
    const color = typeof values.color === 'string' ? values.color : values.color.toHexString();
    const startDate = values.startDate ? values.startDate.format('YYYY-MM-DD') : undefined;
    createProject.mutate(
      {
        name: values.name.trim(),
        key: values.key.trim().toUpperCase(),
        visibility: values.visibility,
        color,
        ...(values.leadId ? { leadId: values.leadId } : {}),
        ...(startDate ? { startDate } : {}),
        ...(values.templateId
          ? { templateId: values.templateId, ...(startDate ? { templateStartDate: startDate } : {}) }
          : {}),
      },
      {
        onSuccess: (project) => {
          void message.success(t('form.created', { name: project.name }));
          onCreated(project);
        },
        onError: (error) => showError(error, { form }),
      },
    );
  };

  const keyValue = Form.useWatch('key', form) || 'SALES';

  return (
    <Modal
      open={open}
      title={t('create')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={createProject.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          name: '',
          key: '',
          templateId: '',
          startDate: null,
          leadId: null,
          visibility: 'org',
          color: COLORS[0],
        }}
        onFinish={handleFinish}
      >
        <Form.Item name="name" label={t('form.name')} rules={rules('name')}>
          <Input autoFocus placeholder={t('form.namePlaceholder')} onChange={(e) => handleNameChange(e.target.value)} />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('form.key')}
          extra={t('form.keyHelp', { key: keyValue })}
          rules={rules('key')}
          normalize={(value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, '')}
        >
          <Input maxLength={10} style={{ maxWidth: 200 }} onChange={() => (keyEdited.current = true)} />
        </Form.Item>
        <Form.Item name="templateId" label={t('form.template')}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            <Radio value="">
              {t('form.blank')} <Typography.Text type="secondary">· {t('form.blankHint')}</Typography.Text>
            </Radio>
            {(templates.data ?? []).map((template) => (
              <Radio key={template.id} value={template.id}>
                {template.name}{' '}
                <Typography.Text type="secondary">
                  ·{' '}
                  {t('form.templateFigures', {
                    phases: template.phaseCount,
                    tasks: template.taskCount,
                    days: template.durationDays,
                  })}
                </Typography.Text>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="startDate" label={t('form.startDate')} extra={t('form.startHelp')}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="leadId" label={t('form.lead')}>
          <Select
            allowClear
            showSearch={{ filterOption: false, onSearch: setLeadQuery }}
            placeholder={t('memberList.pick')}
            options={(members.data?.items ?? [])
              .filter((m) => m.role !== 'guest')
              .map((m) => ({ value: m.userId, label: m.name }))}
            style={{ maxWidth: 320 }}
          />
        </Form.Item>
        <Form.Item name="visibility" label={t('form.visibility')}>
          <Radio.Group
            options={[
              { value: 'org', label: t('visibility.org') },
              { value: 'private', label: t('visibility.private') },
            ]}
          />
        </Form.Item>
        <Form.Item name="color" label={t('form.color')}>
          <ColorPicker disabledAlpha presets={[{ label: t('form.color'), colors: COLORS }]} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
