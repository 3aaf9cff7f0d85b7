import { DownOutlined, EyeOutlined } from '@ant-design/icons';
import type { SavedView } from '@meridian/contracts';
import { App, Button, Dropdown, type FormInstance, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCreateView, useDeleteView, useUpdateView } from '@/features/views/api/view-mutations';
import { useSavedViews } from '@/features/views/api/view-queries';
import { SaveViewModal, type SaveViewValues } from '@/features/views/components/SaveViewModal';
import {
  configFromParams,
  matchesConfig,
  paramsFromConfig,
  type ViewKind,
} from '@/features/views/internal/view-config';
import { useApiErrorHandler } from '@/shared/api/use-api-error';
import { useSession } from '@/shared/session/session-context';

export type SavedViewsMenuProps = {
  projectId: string;
  /** Which page the views belong to; views of the other kinds are not listed. */
  kind: ViewKind;
};

type Dialog = { mode: 'create' | 'rename'; view?: SavedView } | null;

/**
 * Personal and shared views of a project for the list, board or calendar page. The page's state
 * lives in its URL parameters: applying a view replaces them, saving stores them (see view-config).
 */
export function SavedViewsMenu({ projectId, kind }: SavedViewsMenuProps) {
  const { t } = useTranslation('views');
  const { message, modal } = App.useApp();
  const me = useSession().user;
  const [params, setParams] = useSearchParams();
  const views = (useSavedViews(projectId).data ?? []).filter((view) => view.kind === kind);
  const createView = useCreateView();
  const updateView = useUpdateView();
  const deleteView = useDeleteView();
  const showError = useApiErrorHandler();
  const [dialog, setDialog] = useState<Dialog>(null);

  const active = views.find((view) => view.id === params.get('view'));
  const isModified = active ? !matchesConfig(active.config, params) : false;

  const apply = (view: SavedView | null) =>
    setParams(view ? paramsFromConfig(view.config, view.id, params) : paramsFromConfig({ filters: {} }, null, params));

  const handleSubmit = (values: SaveViewValues, form: FormInstance<SaveViewValues>) => {
    const onError = (error: unknown) => showError(error, { form });
    if (dialog?.mode === 'rename' && dialog.view) {
      updateView.mutate(
        { id: dialog.view.id, body: { name: values.name, isShared: values.isShared, version: dialog.view.version } },
        {
          onSuccess: () => {
            setDialog(null);
            void message.success(t('common:saved'));
          },
          onError,
        },
      );
      return;
    }
    createView.mutate(
      { name: values.name, isShared: values.isShared, kind, projectId, config: configFromParams(params) },
      {
        onSuccess: (view) => {
          setDialog(null);
          void message.success(t('save.done', { name: view.name }));
          setParams(paramsFromConfig(view.config, view.id, params), { replace: true });
        },
        onError,
      },
    );
  };

  const handleUpdate = (view: SavedView) =>
    updateView.mutate(
      { id: view.id, body: { config: configFromParams(params), version: view.version } },
      { onSuccess: () => void message.success(t('common:saved')), onError: (error) => showError(error) },
    );

  const handleDelete = (view: SavedView) =>
    modal.confirm({
      title: t('delete.title', { name: view.name }),
      content: t('delete.content'),
      okText: t('common:actions.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common:actions.cancel'),
      onOk: () =>
        deleteView.mutateAsync(view.id).then(
          () => {
            if (active?.id === view.id) apply(null);
            void message.success(t('delete.done'));
          },
          (error) => showError(error),
        ),
    });

  const toItem = (view: SavedView) => ({
    key: `view:${view.id}`,
    label:
      view.isShared && view.owner.id !== me.id ? t('sharedBy', { name: view.name, owner: view.owner.name }) : view.name,
  });
  const mine = views.filter((view) => view.owner.id === me.id);
  const shared = views.filter((view) => view.owner.id !== me.id);
  const items: MenuProps['items'] = [
    { key: 'all', label: t('allTasks') },
    ...(mine.length
      ? [{ type: 'group' as const, key: 'mine', label: t('groups.mine'), children: mine.map(toItem) }]
      : []),
    ...(shared.length
      ? [{ type: 'group' as const, key: 'shared', label: t('groups.shared'), children: shared.map(toItem) }]
      : []),
    { type: 'divider' as const },
    { key: 'save', label: t('save.action') },
    ...(active?.abilities.update && isModified
      ? [{ key: 'update', label: t('update.action', { name: active.name }) }]
      : []),
    ...(active?.abilities.update ? [{ key: 'rename', label: t('rename.action') }] : []),
    ...(active?.abilities.delete ? [{ key: 'delete', label: t('delete.action'), danger: true }] : []),
  ];

  const handleClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'all') apply(null);
    else if (key.startsWith('view:')) apply(views.find((view) => `view:${view.id}` === key) ?? null);
    else if (key === 'save') setDialog({ mode: 'create' });
    else if (key === 'update' && active) handleUpdate(active);
    else if (key === 'rename' && active) setDialog({ mode: 'rename', view: active });
    else if (key === 'delete' && active) handleDelete(active);
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{ items, onClick: handleClick, selectable: true, selectedKeys: [active ? `view:${active.id}` : 'all'] }}
      >
        <Button icon={<EyeOutlined />} aria-label={t('menuLabel', { name: active?.name ?? t('allTasks') })}>
          {active ? active.name : t('allTasks')}
          {isModified ? ` ${t('modified')}` : ''} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      <SaveViewModal
        open={dialog !== null}
        mode={dialog?.mode ?? 'create'}
        initialValues={{ name: dialog?.view?.name ?? '', isShared: dialog?.view?.isShared ?? false }}
        isSaving={createView.isPending || updateView.isPending}
        onSubmit={handleSubmit}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
