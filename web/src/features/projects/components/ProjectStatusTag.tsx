import type { Project } from '@meridian/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<Project['status'], string> = {
  planning: 'default',
  active: 'processing',
  on_hold: 'warning',
  completed: 'success',
  archived: 'default',
};

export function ProjectStatusTag({ status }: { status: Project['status'] }) {
  const { t } = useTranslation('projects');
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
