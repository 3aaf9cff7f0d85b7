import { Flex, Typography } from 'antd';
import { Link } from 'react-router';

export type BrandProps = { isCollapsed?: boolean };

/** The product mark; the name is not translated. */
export function Brand({ isCollapsed = false }: BrandProps) {
  return (
    <Link to="/" aria-label="Meridian" style={{ display: 'block', padding: '16px 20px' }}>
      <Flex align="center" gap={10}>
        <img src="/favicon.svg" alt="" width={28} height={28} />
        {isCollapsed ? null : (
          <Typography.Text strong style={{ fontSize: 18 }}>
            Meridian
          </Typography.Text>
        )}
      </Flex>
    </Link>
  );
}
