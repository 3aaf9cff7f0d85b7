import { Typography } from 'antd';
import type { ReactNode } from 'react';

export type AuthPageTitleProps = { title: ReactNode; subtitle?: ReactNode };

export function AuthPageTitle({ title, subtitle }: AuthPageTitleProps) {
  return (
    <div style={{ marginBottom: 24 }}>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: subtitle ? 4 : 0 }}>
        {title}
      </Typography.Title>
      {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
    </div>
  );
}
