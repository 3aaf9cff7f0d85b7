import { Avatar, type AvatarProps } from 'antd';
import { readableTextOn } from '@/shared/preferences/contrast';
import { colorFromString, getInitials } from '@/shared/ui/initials';

export type UserAvatarProps = {
  name: string;
  initials?: string | undefined;
  color?: string | undefined;
  size?: AvatarProps['size'];
};

/** Initials on the person's colour; the name itself is read out by screen readers elsewhere. */
export function UserAvatar({ name, initials, color, size = 'default' }: UserAvatarProps) {
  const letters = initials || getInitials(name);
  const background = /^#[0-9a-f]{6}$/i.test(color ?? '') ? (color as string) : colorFromString(name);
  return (
    <Avatar
      size={size}
      aria-hidden
      style={{
        backgroundColor: background,
        color: readableTextOn(background),
        flexShrink: 0,
        fontSize: letters.length > 1 ? 12 : 14,
      }}
    >
      {letters}
    </Avatar>
  );
}
