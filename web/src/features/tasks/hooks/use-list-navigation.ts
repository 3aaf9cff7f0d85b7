import type { Task } from '@meridian/contracts';
import { useState } from 'react';
import { useShortcut } from '@/app/shortcuts/use-shortcut';

export type ListNavigationOptions = {
  tasks: Task[];
  openKey: string | null;
  onOpen: (task: Task, options?: { edit?: boolean }) => void;
  onToggleSelect: (task: Task) => void;
  enabled?: boolean;
};

/** `j`/`k` move the active row, Enter opens it, `e` opens it to edit, `x` selects it. */
export function useListNavigation({ tasks, openKey, onOpen, onToggleSelect, enabled = true }: ListNavigationOptions) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const index = tasks.findIndex((task) => task.id === activeId);
  const move = (delta: number) => {
    if (tasks.length === 0) return;
    const next = tasks[Math.min(tasks.length - 1, Math.max(0, index === -1 ? 0 : index + delta))];
    if (!next) return;
    setActiveId(next.id);
    // With the drawer open, j/k page through tasks like a mail client.
    if (openKey) onOpen(next);
  };
  const active = index === -1 ? undefined : tasks[index];
  const options = { scope: 'list' as const, enabled };
  useShortcut('j', () => move(1), { ...options, descriptionKey: 'shortcuts:next' });
  useShortcut('k', () => move(-1), { ...options, descriptionKey: 'shortcuts:previous' });
  useShortcut('Enter', () => (active ? onOpen(active) : false), {
    ...options,
    enabled: enabled && Boolean(active),
    descriptionKey: 'shortcuts:open',
  });
  useShortcut('e', () => (active ? onOpen(active, { edit: true }) : false), {
    ...options,
    enabled: enabled && Boolean(active) && !openKey,
    descriptionKey: 'shortcuts:edit',
  });
  useShortcut('x', () => (active ? onToggleSelect(active) : false), {
    ...options,
    enabled: enabled && Boolean(active),
    descriptionKey: 'shortcuts:select',
  });
  return { activeId: active?.id ?? null, setActiveId };
}
