/** The parts of a keydown event the shortcut system reads (a plain object in tests). */
export type ShortcutEvent = {
  key: string;
  keyCode?: number;
  isComposing?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  defaultPrevented?: boolean;
  target?: unknown;
};

type ElementLike = {
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?: (name: string) => string | null;
  closest?: (selector: string) => unknown;
};

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const TYPING_ROLES = new Set(['textbox', 'combobox', 'searchbox', 'spinbutton', 'listbox', 'option', 'slider']);
/** Antd widgets that take letters (select search, pickers, cascaders) and places that opt out. */
const TYPING_CONTAINERS =
  '.ant-select, .ant-picker, .ant-cascader, .ant-input-number, .ant-mentions, [contenteditable="true"], [data-shortcuts="off"]';

/** True while an input method composes (Chinese pinyin): Enter then picks a candidate. */
export function isComposingEvent(event: Pick<ShortcutEvent, 'isComposing' | 'keyCode'>): boolean {
  return Boolean(event.isComposing) || event.keyCode === 229;
}

/** True when the keystroke is typing into something: a field, an editable area or an antd select. */
export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== 'object') return false;
  const element = target as ElementLike;
  if (element.tagName && TYPING_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.isContentEditable) return true;
  const role = element.getAttribute?.('role');
  if (role && TYPING_ROLES.has(role)) return true;
  return Boolean(element.closest?.(TYPING_CONTAINERS));
}

const ACTIVATING_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);
const ACTIVATING_ROLES = new Set(['button', 'link', 'menuitem', 'checkbox', 'radio', 'switch', 'tab']);

/** Enter on a focused button or link activates it; a shortcut must not take that away. */
export function isActivatingTarget(target: unknown): boolean {
  if (!target || typeof target !== 'object') return false;
  const element = target as ElementLike;
  if (element.tagName && ACTIVATING_TAGS.has(element.tagName.toUpperCase())) return true;
  const role = element.getAttribute?.('role');
  return Boolean(role && ACTIVATING_ROLES.has(role));
}

/**
 * Whether a global shortcut must leave this keystroke alone: during IME composition, inside inputs,
 * textareas, contenteditable and antd selects, or when another handler already took it.
 */
export function shouldIgnoreShortcutEvent(event: ShortcutEvent, options: { allowInInputs?: boolean } = {}): boolean {
  if (isComposingEvent(event)) return true;
  if (event.defaultPrevented) return true;
  if (!options.allowInInputs && isTypingTarget(event.target)) return true;
  if ((event.key === 'Enter' || event.key === ' ') && isActivatingTarget(event.target)) return true;
  return false;
}
