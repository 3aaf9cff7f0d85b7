import { useEffect, useRef } from 'react';
import { type ShortcutDefinition, type ShortcutHandler, shortcutRegistry } from '@/app/shortcuts/shortcut-registry';

export type UseShortcutOptions = Omit<ShortcutDefinition, 'keys' | 'handler'> & {
  /** Registered only while true (e.g. while a list is on screen). */
  enabled?: boolean;
};

/** Registers a keyboard shortcut while the component is mounted; the handler may change freely. */
export function useShortcut(keys: string, handler: ShortcutHandler, options: UseShortcutOptions) {
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  const { enabled = true, descriptionKey, scope, allowInInputs, hidden } = options;
  useEffect(() => {
    if (!enabled) return undefined;
    return shortcutRegistry.register({
      keys,
      descriptionKey,
      scope,
      allowInInputs,
      hidden,
      handler: (event) => handlerRef.current(event),
    });
  }, [keys, enabled, descriptionKey, scope, allowInInputs, hidden]);
}

/** Sends every keydown of the window to the registry (mounted once, in the app layout). */
export function useShortcutListener() {
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (shortcutRegistry.handle(event)) event.preventDefault();
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);
}
