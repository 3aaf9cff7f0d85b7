import { type Me, UpdateMeBodySchema } from '@meridian/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateMe } from '@/features/settings/api/profile-mutations';
import { AVATAR_COLORS } from '@/features/settings/internal/avatar-colors';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { listTimeZones } from '@/shared/format/time-zones';
import { useSchemaRules } from '@/shared/forms/use-schema-rules';
import { APP_LOCALES, type AppLocale } from '@/shared/i18n/locale';
import { meKeys } from '@/shared/session/me-query';
import { UserAvatar } from '@/shared/ui/UserAvatar';

type ProfileValues = { name: string; avatarColor: string; locale: AppLocale; timeZone: string };

export type ProfileFormProps = { me: Me };

export function ProfileForm({ me }: ProfileFormProps) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const queryClient = useQueryClient();
  const updateMe = useUpdateMe();
  const showError = useApiErrorHandler();
  const rules = useSchemaRules(UpdateMeBodySchema);
  const name = Form.useWatch('name', form) ?? me.user.name;
  const avatarColor = Form.useWatch('avatarColor', form) ?? me.user.avatarColor;

  const handleFinish = (values: ProfileValues) => {
    updateMe.mutate(
      { ...values, name: values.name.trim(), version: me.user.version },
      {
        onSuccess: () => void message.success(t('common:saved')),
        onError: (error) =>
          showError(error, { form, onReload: () => queryClient.invalidateQueries({ queryKey: meKeys.all }) }),
      },
    );
  };

  const colorChoices = AVATAR_COLORS.includes(me.user.avatarColor as (typeof AVATAR_COLORS)[number])
    ? AVATAR_COLORS
    : [me.user.avatarColor, ...AVATAR_COLORS];

  return (
    <Form<ProfileValues>
      form={form}
      layout="vertical"
      style={{ maxWidth: 520 }}
      initialValues={{
        name: me.user.name,
        avatarColor: me.user.avatarColor,
        locale: me.user.locale,
        timeZone: me.user.timeZone,
      }}
      onFinish={handleFinish}
    >
      <Form.Item label={t('profile.email')} htmlFor="profile-email">
        <Input id="profile-email" value={me.user.email} readOnly />
      </Form.Item>
      <Form.Item name="name" label={t('profile.name')} rules={rules('name')}>
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item label={t('profile.avatarColor')}>
        <Flex align="center" gap={12} wrap>
          <UserAvatar name={name} color={avatarColor} size="large" />
          <Form.Item name="avatarColor" noStyle>
            <Radio.Group aria-label={t('profile.avatarColor')}>
              {colorChoices.map((color, index) => (
                <Radio.Button
                  key={color}
                  value={color}
                  aria-label={t('profile.colorN', { n: index + 1 })}
                  style={{ background: color, width: 32, padding: 0 }}
                />
              ))}
            </Radio.Group>
          </Form.Item>
        </Flex>
      </Form.Item>
      <Form.Item name="locale" label={t('profile.locale')}>
        <Select
          options={APP_LOCALES.map((locale) => ({ value: locale, label: t(`common:language.names.${locale}`) }))}
        />
      </Form.Item>
      <Form.Item name="timeZone" label={t('profile.timeZone')} rules={rules('timeZone')}>
        <Select showSearch options={listTimeZones().map((zone) => ({ value: zone, label: zone }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={updateMe.isPending}>
        {t('common:actions.save')}
      </Button>
    </Form>
  );
}
