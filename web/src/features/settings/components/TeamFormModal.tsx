import { CreateTeamBodySchema, type Team } from '@meridian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateTeam, useUpdateTeam } from '@/features/settings/api/team-mutations';
import { teamKeys } from '@/features/settings/api/team-queries';
import { buildTeamTree, subtreeIds, type TeamNode } from '@/features/settings/internal/team-tree';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';

type TeamValues = { name: string; description: string; parentId: string | null };

export type TeamFormModalProps = {
  teams: Team[];
  /** The team to edit; absent to create one. */
  team?: Team | undefined;
  defaultParentId?: string | null;
  open: boolean;
  onClose: () => void;
  onSaved: (team: Team) => void;
};

export function TeamFormModal({ teams, team, defaultParentId = null, open, onClose, onSaved }: TeamFormModalProps) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [form] = Form.useForm<TeamValues>();
  const queryClient = useQueryClient();
  const createTeam = useCreateTeam();
  const updateTeam = useUpdateTeam();
  const showError = useApiErrorHandler();
  const rules = useSchemaRules(CreateTeamBodySchema);

  // A team cannot move under itself or one of its own sub-teams.
  const parentOptions = useMemo(() => {
    const excluded = team ? subtreeIds(teams, team.id) : new Set<string>();
    const toOption = (node: TeamNode<Team>): NonNullable<TreeSelectProps['treeData']>[number] => ({
      value: node.team.id,
      title: node.team.name,
      disabled: excluded.has(node.team.id),
      children: node.children.map(toOption),
    });
    return buildTeamTree(teams).map(toOption);
  }, [teams, team]);

  const handleFinish = (values: TeamValues) => {
    const body = {
      name: values.name.trim(),
      description: values.description?.trim() ?? '',
      parentId: values.parentId ?? null,
    };
    const onError = (error: unknown) =>
      showError(error, { form, onReload: () => queryClient.invalidateQueries({ queryKey: teamKeys.all }) });
    const onSuccess = (saved: Team) => {
      void message.success(t(team ? 'common:saved' : 'teams.created', { name: saved.name }));
      onSaved(saved);
    };
    if (team) updateTeam.mutate({ teamId: team.id, body: { ...body, version: team.version } }, { onSuccess, onError });
    else createTeam.mutate(body, { onSuccess, onError });
  };

  return (
    <Modal
      open={open}
      title={t(team ? 'teams.editTitle' : 'teams.createTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={createTeam.isPending || updateTeam.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<TeamValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          name: team?.name ?? '',
          description: team?.description ?? '',
          parentId: team ? team.parentId : defaultParentId,
        }}
        onFinish={handleFinish}
      >
        <Form.Item name="name" label={t('teams.fields.name')} rules={rules('name')}>
          <Input autoFocus placeholder={t('teams.fields.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="parentId" label={t('teams.fields.parent')} extra={t('teams.fields.parentHint')}>
          <TreeSelect
            allowClear
            treeDefaultExpandAll
            treeData={parentOptions}
            placeholder={t('teams.fields.noParent')}
          />
        </Form.Item>
        <Form.Item name="description" label={t('teams.fields.description')} rules={rules('description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
