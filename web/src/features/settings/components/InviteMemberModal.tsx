import type { CreatedInvitation } from '@meridian/contracts';
import { CreateInvitationBodySchema, type OrgRole } from '@meridian/contracts';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateInvitation } from '@/features/settings/api/invitation-mutations';
import { useTeams } from '@/features/settings/api/team-queries';
import { InvitationLink } from '@/features/settings/components/InvitationLink';
import { assignableRoles } from '@/features/settings/internal/roles';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';
import { useSession } from '@/shared/session/session-context';

type InviteValues = { email: string; role: OrgRole; teamId?: string };

export type InviteMemberModalProps = { open: boolean; onClose: () => void };

export function InviteMemberModal({ open, onClose }: InviteMemberModalProps) {
  const { t } = useTranslation('settings');
  const [form] = Form.useForm<InviteValues>();
  const me = useSession();
  const teams = useTeams();
  const createInvitation = useCreateInvitation();
  const showError = useApiErrorHandler();
  const rules = useSchemaRules(CreateInvitationBodySchema);
  const created: CreatedInvitation | undefined = createInvitation.data;

  const handleFinish = (values: InviteValues) => {
    createInvitation.mutate(
      { email: values.email.trim(), role: values.role, ...(values.teamId ? { teamId: values.teamId } : {}) },
      { onError: (error) => showError(error, { form }) },
    );
  };

  const handleInviteAnother = () => {
    createInvitation.reset();
    form.resetFields();
  };

  const handleClose = () => {
    onClose();
    handleInviteAnother();
  };

  const footer = created
    ? [
        <Button key="again" onClick={handleInviteAnother}>
          {t('invite.another')}
        </Button>,
        <Button key="done" type="primary" onClick={handleClose}>
          {t('common:actions.done')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={handleClose}>
          {t('common:actions.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={createInvitation.isPending} onClick={() => form.submit()}>
          {t('invite.submit')}
        </Button>,
      ];

  return (
    <Modal open={open} title={t('invite.title')} onCancel={handleClose} footer={footer} destroyOnHidden>
      {created ? (
        <InvitationLink invitation={created} />
      ) : (
        <Form<InviteValues> form={form} layout="vertical" initialValues={{ role: 'member' }} onFinish={handleFinish}>
          <Form.Item name="email" label={t('invite.email')} rules={rules('email')}>
            <Input type="email" inputMode="email" autoComplete="off" autoFocus />
          </Form.Item>
          <Form.Item name="role" label={t('invite.role')} rules={rules('role')}>
            <Select
              options={assignableRoles(me.role).map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
            />
          </Form.Item>
          <Form.Item name="teamId" label={t('invite.team')} extra={t('invite.teamHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={teams.isPending}
              options={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
