import { Alert, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProjectGeneralForm } from '@/features/projects/components/ProjectGeneralForm';
import { ProjectLabelsEditor } from '@/features/projects/components/ProjectLabelsEditor';
import { ProjectMembersEditor } from '@/features/projects/components/ProjectMembersEditor';
import { ProjectStatusesEditor } from '@/features/projects/components/ProjectStatusesEditor';
import { useCurrentProject } from '@/features/projects/hooks/use-current-project';

/** /projects/:key/settings — general fields, members, statuses and labels. */
export function ProjectSettingsPage() {
  const { t } = useTranslation('projects');
  const project = useCurrentProject();
  return (
    <Flex vertical gap={16}>
      {project.abilities.update ? null : <Alert type="info" showIcon message={t('settings.readOnly')} />}
      <Card title={t('settings.general')}>
        <ProjectGeneralForm key={`${project.id}-${project.version}`} project={project} />
      </Card>
      <Card title={t('settings.members')}>
        <ProjectMembersEditor project={project} />
      </Card>
      <Card title={t('settings.statuses')}>
        <ProjectStatusesEditor key={project.statuses.map((s) => `${s.id}:${s.version}`).join()} project={project} />
      </Card>
      <Card title={t('settings.labels')}>
        <ProjectLabelsEditor project={project} />
      </Card>
    </Flex>
  );
}
