import { type ShortcutEvent, shouldIgnoreShortcutEvent } from '@/app/shortcuts/should-ignore';

/** Which part of the app a shortcut belongs to; the help lists them in this order. */
export type ShortcutScope = 'global' | 'list' | 'task' | 'board';
export const SHORTCUT_SCOPES: ShortcutScope[] = ['global', 'list', 'task', 'board'];

export type ShortcutHandler = (event: ShortcutEvent) => unknown;

export type ShortcutDefinition = {
  /** `c`, `?`, `/`, `Enter`, `mod+k` (Ctrl, or ⌘ on a Mac), `shift+e`… */
  keys: string;
  /** i18n key with its namespace (`shortcuts:quickAdd`), shown in the help in both languages. */
  descriptionKey: string;
  scope?: ShortcutScope;
  /** Fire inside inputs too (only for chords with a modifier such as mod+k). */
  allowInInputs?: boolean;
  /** Keep out of the help list (aliases). */
  hidden?: boolean;
  /** Return `false` to let the next (older) shortcut for the same keys try. */
  handler: ShortcutHandler;
};

type ParsedKeys = { key: string; mod: boolean; shift: boolean; alt: boolean };

/** `mod+shift+K` → { key: 'k', mod, shift }; single printable keys keep their case (`?`, `/`). */
export function parseKeys(keys: string): ParsedKeys {
  const parts = keys.split('+').map((part) => part.trim());
  const key = parts.pop() ?? '';
  const modifiers = new Set(parts.map((part) => part.toLowerCase()));
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    mod: modifiers.has('mod') || modifiers.has('ctrl') || modifiers.has('meta'),
    shift: modifiers.has('shift'),
    alt: modifiers.has('alt'),
  };
}

/** Whether a keydown is this chord. Plain letters never fire with Ctrl/⌘/Alt held (browser shortcuts). */
export function matchesKeys(keys: string, event: ShortcutEvent): boolean {
  const parsed = parseKeys(keys);
  const eventKey = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (eventKey !== parsed.key) return false;
  const hasMod = Boolean(event.ctrlKey || event.metaKey);
  if (hasMod !== parsed.mod || Boolean(event.altKey) !== parsed.alt) return false;
  // Shift is part of "?" itself; for letters it must match ("c" is not "C").
  const isLetter = /^[a-z]$/.test(parsed.key);
  if (isLetter && Boolean(event.shiftKey) !== parsed.shift) return false;
  return true;
}

export type ShortcutRegistry = ReturnType<typeof createShortcutRegistry>;

/** Shortcuts registered by mounted components; the most recent registration for a chord wins. */
export function createShortcutRegistry() {
  let entries: { id: number; definition: ShortcutDefinition }[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  let snapshot: ShortcutDefinition[] = [];

  return {
    register(definition: ShortcutDefinition): () => void {
      const id = nextId++;
      entries = [...entries, { id, definition }];
      snapshot = entries.map((entry) => entry.definition);
      notify();
      return () => {
        entries = entries.filter((entry) => entry.id !== id);
        snapshot = entries.map((entry) => entry.definition);
        notify();
      };
    },
    /** Registered shortcuts, oldest first (stable between changes, for useSyncExternalStore). */
    list: (): ShortcutDefinition[] => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Runs the newest matching shortcut; true when one handled the event. */
    handle(event: ShortcutEvent): boolean {
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const { definition } = entries[index] as (typeof entries)[number];
        if (!matchesKeys(definition.keys, event)) continue;
        if (shouldIgnoreShortcutEvent(event, { allowInInputs: definition.allowInInputs ?? false })) continue;
        if (definition.handler(event) === false) continue;
        return true;
      }
      return false;
    },
  };
}

/** Help entries: one line per chord and description, grouped by scope in a fixed order. */
export function helpEntries(definitions: ShortcutDefinition[]) {
  const seen = new Set<string>();
  const visible = definitions.filter((definition) => {
    const id = `${definition.keys}|${definition.descriptionKey}`;
    if (definition.hidden || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return SHORTCUT_SCOPES.map((scope) => ({
    scope,
    items: visible.filter((definition) => (definition.scope ?? 'global') === scope),
  })).filter((group) => group.items.length > 0);
}

/** The app's one registry. */
export const shortcutRegistry = createShortcutRegistry();
