import type { Member, OrgRole } from '@meridian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateMember } from '@/features/settings/api/member-mutations';
import { memberKeys } from '@/features/settings/api/member-queries';
import { assignableRoles } from '@/features/settings/internal/roles';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSession } from '@/shared/session/session-context';

export type MemberRoleSelectProps = { member: Member };

/** The role, changeable in place when the member's abilities allow it. */
export function MemberRoleSelect({ member }: MemberRoleSelectProps) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const me = useSession();
  const queryClient = useQueryClient();
  const updateMember = useUpdateMember();
  const showError = useApiErrorHandler();
  const roles = assignableRoles(me.role);
  const canChange = member.abilities.update && me.abilities['members.manage'] === true && roles.includes(member.role);

  if (!canChange) return <span>{t(`common:roles.${member.role}`)}</span>;

  const handleChange = (role: OrgRole) => {
    updateMember.mutate(
      { userId: member.userId, body: { role, version: member.version } },
      {
        onSuccess: () =>
          void message.success(t('members.roleChanged', { name: member.name, role: t(`common:roles.${role}`) })),
        onError: (error) =>
          showError(error, { onReload: () => queryClient.invalidateQueries({ queryKey: memberKeys.all }) }),
      },
    );
  };

  return (
    <Select<OrgRole>
      size="small"
      value={member.role}
      aria-label={t('members.changeRole', { name: member.name })}
      onChange={handleChange}
      loading={updateMember.isPending}
      popupMatchSelectWidth={false}
      options={roles.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
      style={{ minWidth: 110 }}
    />
  );
}
