import type { Member } from '@meridian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateMember } from '@/features/settings/api/member-mutations';
import { memberKeys } from '@/features/settings/api/member-queries';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

export type MemberTitleProps = { member: Member; canEdit: boolean };

/** Job title (销售经理, 区域总监…), edited in place. */
export function MemberTitle({ member, canEdit }: MemberTitleProps) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const updateMember = useUpdateMember();
  const showError = useApiErrorHandler();

  const handleChange = (value: string) => {
    const title = value.trim().slice(0, 80);
    if (title === member.title) return;
    updateMember.mutate(
      { userId: member.userId, body: { title, version: member.version } },
      {
        onSuccess: () => void message.success(t('common:saved')),
        onError: (error) =>
          showError(error, { onReload: () => queryClient.invalidateQueries({ queryKey: memberKeys.all }) }),
      },
    );
  };

  return (
    <Typography.Text
      type={member.title ? undefined : 'secondary'}
      editable={
        canEdit ? { onChange: handleChange, maxLength: 80, tooltip: t('members.editTitle'), text: member.title } : false
      }
    >
      {member.title || (canEdit ? t('members.noTitle') : '—')}
    </Typography.Text>
  );
}
