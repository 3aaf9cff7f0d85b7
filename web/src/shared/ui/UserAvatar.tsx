import { Avatar, type AvatarProps } from 'antd';
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
  return (
    <Avatar
      size={size}
      aria-hidden
      style={{ backgroundColor: color || colorFromString(name), flexShrink: 0, fontSize: letters.length > 1 ? 12 : 14 }}
    >
      {letters}
    </Avatar>
  );
}
