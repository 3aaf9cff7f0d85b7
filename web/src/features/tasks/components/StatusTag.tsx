import { Badge } from 'antd';

/** A status as a coloured dot and its name. */
export function StatusTag({ name, color }: { name: string; color: string }) {
  return <Badge color={color} text={name} />;
}
