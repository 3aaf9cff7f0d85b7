import type { Project } from '@meridian/contracts';
import { App, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  useArchiveProject,
  useDeleteProject,
  useRestoreProject,
  useSaveAsTemplate,
} from '@/features/projects/api/project-mutations';
import { useApiErrorHandler } from '@/shared/api/use-api-error';

/** Archive, restore, delete (to the trash) and save as template, each confirmed first. */
export function useProjectActions(project: Project) {
  const { t } = useTranslation('projects');
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const showError = useApiErrorHandler();
  const archive = useArchiveProject();
  const restore = useRestoreProject();
  const remove = useDeleteProject();
  const saveAsTemplate = useSaveAsTemplate();

  return {
    archive: () =>
      modal.confirm({
        title: t('confirm.archiveTitle', { name: project.name }),
        content: t('confirm.archiveContent'),
        okText: t('actions.archive'),
        onOk: () =>
          archive.mutateAsync(project.id).then(
            () => void message.success(t('done.archived')),
            (error) => showError(error),
          ),
      }),
    restore: () =>
      restore.mutate(project.id, {
        onSuccess: () => void message.success(t('done.restored')),
        onError: (error) => showError(error),
      }),
    remove: () =>
      modal.confirm({
        title: t('confirm.deleteTitle', { name: project.name }),
        content: t('confirm.deleteContent'),
        okText: t('actions.delete'),
        okButtonProps: { danger: true },
        onOk: () =>
          remove.mutateAsync(project.id).then(
            () => {
              void message.success(t('done.deleted'));
              void navigate('/projects');
            },
            (error) => showError(error),
          ),
      }),
    saveAsTemplate: () => {
      let name = project.name;
      modal.confirm({
        title: t('actions.saveAsTemplate'),
        icon: null,
        content: (
          <Input
            aria-label={t('templateName')}
            defaultValue={name}
            maxLength={120}
            onChange={(e) => {
              name = e.target.value;
            }}
          />
        ),
        onOk: () =>
          saveAsTemplate.mutateAsync({ projectId: project.id, name: name.trim() || project.name }).then(
            (template) => void message.success(t('done.templateSaved', { name: template.name })),
            (error) => showError(error),
          ),
      });
    },
  };
}
