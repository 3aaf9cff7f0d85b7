import { useSyncExternalStore } from 'react';

export type QuickAddDefaults = { projectId?: string; assigneeId?: string | null; dueDate?: string | null };
type QuickAddState = { isOpen: boolean; defaults: QuickAddDefaults };

let state: QuickAddState = { isOpen: false, defaults: {} };
const listeners = new Set<() => void>();

function setState(next: QuickAddState) {
  state = next;
  for (const listener of listeners) listener();
}

/** Opens the global quick add (the `c` shortcut, the top bar's "+", "add" buttons in lists). */
export function openQuickAdd(defaults: QuickAddDefaults = {}): void {
  setState({ isOpen: true, defaults });
}

export function closeQuickAdd(): void {
  setState({ ...state, isOpen: false });
}

export function useQuickAddState(): QuickAddState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => state,
  );
}
