import { type Project, UpdateProjectBodySchema } from '@meridian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, ColorPicker, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUpdateProject } from '@/features/projects/api/project-mutations';
import { projectKeys } from '@/features/projects/api/project-queries';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

type Values = {
  name: string;
  key: string;
  description: string;
  status: 'planning' | 'active' | 'on_hold' | 'completed';
  visibility: 'org' | 'private';
  dates: [Dayjs | null, Dayjs | null] | null;
  color: string | { toHexString(): string };
};

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

export function ProjectGeneralForm({ project }: { project: Project }) {
  const { t } = useTranslation('projects');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = useSchemaRules(UpdateProjectBodySchema);
  const update = useUpdateProject();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const disabled = !project.abilities.update || project.archivedAt !== null;

  const handleFinish = (values: Values) => {
    const body = {
      name: values.name.trim(),
      key: values.key,
      description: values.description,
      ...(project.status === 'archived' ? {} : { status: values.status }),
      visibility: values.visibility,
      startDate: day(values.dates?.[0]),
      endDate: day(values.dates?.[1]),
      color: typeof values.color === 'string' ? values.color : values.color.toHexString(),
      version: project.version,
    };
    update.mutate(
      { id: project.id, body },
      {
        onSuccess: (saved) => {
          void message.success(t('common:saved'));
          if (saved.key !== project.key) void navigate(`/projects/${saved.key}/settings`, { replace: true });
        },
        onError: (error) =>
          showError(error, { form, onReload: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }) }),
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={disabled}
      style={{ maxWidth: 640 }}
      initialValues={{
        name: project.name,
        key: project.key,
        description: project.description,
        status: project.status === 'archived' ? 'active' : project.status,
        visibility: project.visibility,
        dates: [project.startDate ? dayjs(project.startDate) : null, project.endDate ? dayjs(project.endDate) : null],
        color: project.color,
      }}
      onFinish={handleFinish}
    >
      <Form.Item name="name" label={t('form.name')} rules={rules('name')}>
        <Input />
      </Form.Item>
      <Form.Item
        name="key"
        label={t('form.key')}
        extra={t('form.keyHelp', { key: project.key })}
        rules={rules('key')}
        normalize={(value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, '')}
      >
        <Input maxLength={10} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="status" label={t('form.status')}>
        <Select
          style={{ maxWidth: 200 }}
          options={(['planning', 'active', 'on_hold', 'completed'] as const).map((s) => ({
            value: s,
            label: t(`status.${s}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="dates" label={`${t('form.startDate')} – ${t('form.endDate')}`}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
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
        <ColorPicker disabledAlpha />
      </Form.Item>
      <Form.Item name="description" label={t('form.description')} rules={rules('description')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      {disabled ? null : (
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common:actions.save')}
        </Button>
      )}
    </Form>
  );
}
