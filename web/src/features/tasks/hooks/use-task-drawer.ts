import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The task drawer follows `?task=KEY`, so an open task can be shared and survives a reload. */
export function useTaskDrawer() {
  const [params, setParams] = useSearchParams();
  const openKey = params.get('task');
  const openTask = useCallback(
    (key: string, options: { edit?: boolean } = {}) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('task', key);
        if (options.edit) next.set('edit', '1');
        else next.delete('edit');
        return next;
      }),
    [setParams],
  );
  const closeTask = useCallback(
    () =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.delete('task');
        next.delete('edit');
        return next;
      }),
    [setParams],
  );
  return { openKey, isEditRequested: params.get('edit') === '1', openTask, closeTask };
}
