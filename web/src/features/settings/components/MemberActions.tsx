import { MoreOutlined } from '@ant-design/icons';
import type { Member } from '@meridian/contracts';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  useDeactivateMember,
  useEndMemberSessions,
  useReactivateMember,
} from '@/features/settings/api/member-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

export type MemberActionsProps = { member: Member };

/** Deactivate or reactivate, and sign the member out everywhere; each asks for confirmation. */
export function MemberActions({ member }: MemberActionsProps) {
  const { t } = useTranslation('settings');
  const { modal, message } = App.useApp();
  const deactivate = useDeactivateMember();
  const reactivate = useReactivateMember();
  const endSessions = useEndMemberSessions();
  const showError = useApiErrorHandler();
  const isActive = member.status === 'active';

  const confirm = (kind: 'deactivate' | 'reactivate' | 'endSessions', run: () => Promise<unknown>) =>
    modal.confirm({
      title: t(`members.actions.${kind}Confirm`, { name: member.name }),
      content: t(`members.actions.${kind}Hint`),
      okText: t(`members.actions.${kind}`),
      okButtonProps: { danger: kind !== 'reactivate' },
      cancelText: t('common:actions.cancel'),
      onOk: () =>
        run().then(
          () => void message.success(t(`members.actions.${kind}Done`, { name: member.name })),
          (error: unknown) => showError(error),
        ),
    });

  const items: MenuProps['items'] = [
    isActive
      ? {
          key: 'deactivate',
          danger: true,
          label: t('members.actions.deactivate'),
          disabled: !member.abilities.deactivate,
        }
      : { key: 'reactivate', label: t('members.actions.reactivate'), disabled: !member.abilities.deactivate },
    {
      key: 'endSessions',
      label: t('members.actions.endSessions'),
      disabled: !member.abilities.endSessions || !isActive,
    },
  ];

  const handleClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'deactivate') confirm('deactivate', () => deactivate.mutateAsync(member.userId));
    if (key === 'reactivate') confirm('reactivate', () => reactivate.mutateAsync(member.userId));
    if (key === 'endSessions') confirm('endSessions', () => endSessions.mutateAsync(member.userId));
  };

  if (!member.abilities.deactivate && !member.abilities.endSessions) return null;
  return (
    <Dropdown menu={{ items, onClick: handleClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" icon={<MoreOutlined />} aria-label={t('members.actions.label', { name: member.name })} />
    </Dropdown>
  );
}
