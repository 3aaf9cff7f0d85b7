import { Button, type ButtonProps } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';

export type ButtonLinkProps = { to: string; type?: ButtonProps['type']; icon?: ReactNode; children: ReactNode };

/**
 * Looks like a button, is a link (`<a href>`): opens in a new tab with a modifier key, and never
 * nests a button inside an anchor, which screen readers and axe reject.
 */
export function ButtonLink({ to, type = 'default', icon, children }: ButtonLinkProps) {
  const navigate = useNavigate();
  const handleClick = (event: MouseEvent<HTMLElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Button type={type} href={to} icon={icon} onClick={handleClick}>
      {children}
    </Button>
  );
}
