import { describe, expect, it, vi } from 'vitest';
import { createShortcutRegistry, helpEntries, matchesKeys, parseKeys } from '@/app/shortcuts/shortcut-registry';
import { isTypingTarget, shouldIgnoreShortcutEvent } from '@/app/shortcuts/should-ignore';

const element = (tagName: string, extra: Record<string, unknown> = {}) => ({
  tagName,
  getAttribute: () => null,
  closest: () => null,
  ...extra,
});
const key = (k: string, extra: Record<string, unknown> = {}) => ({ key: k, target: element('DIV'), ...extra });

describe('shouldIgnoreShortcutEvent', () => {
  it('lets plain keystrokes on the page through', () => {
    expect(shouldIgnoreShortcutEvent(key('c'))).toBe(false);
  });
  it.each(['INPUT', 'TEXTAREA', 'SELECT', 'input'])('ignores typing in %s', (tag) => {
    expect(shouldIgnoreShortcutEvent(key('c', { target: element(tag) }))).toBe(true);
  });
  it('ignores contenteditable and textbox roles', () => {
    expect(shouldIgnoreShortcutEvent(key('c', { target: element('DIV', { isContentEditable: true }) }))).toBe(true);
    expect(shouldIgnoreShortcutEvent(key('c', { target: element('DIV', { getAttribute: () => 'combobox' }) }))).toBe(
      true,
    );
  });
  it('ignores keys inside an antd select or picker', () => {
    const inSelect = element('SPAN', { closest: (selector: string) => (selector.includes('.ant-select') ? {} : null) });
    expect(isTypingTarget(inSelect)).toBe(true);
  });
  it('ignores IME composition (isComposing and keyCode 229)', () => {
    expect(shouldIgnoreShortcutEvent(key('Enter', { isComposing: true }))).toBe(true);
    expect(shouldIgnoreShortcutEvent(key('Process', { keyCode: 229 }))).toBe(true);
  });
  it('ignores events another handler already took', () => {
    expect(shouldIgnoreShortcutEvent(key('c', { defaultPrevented: true }))).toBe(true);
  });
  it('allows inputs only when asked, never during composition', () => {
    expect(shouldIgnoreShortcutEvent(key('k', { target: element('INPUT') }), { allowInInputs: true })).toBe(false);
    expect(
      shouldIgnoreShortcutEvent(key('k', { target: element('INPUT'), isComposing: true }), { allowInInputs: true }),
    ).toBe(true);
  });
  it('leaves Enter on buttons and links to the browser', () => {
    expect(shouldIgnoreShortcutEvent(key('Enter', { target: element('BUTTON') }))).toBe(true);
    expect(shouldIgnoreShortcutEvent(key('Enter', { target: element('DIV', { getAttribute: () => 'link' }) }))).toBe(
      true,
    );
    expect(shouldIgnoreShortcutEvent(key('j', { target: element('BUTTON') }))).toBe(false);
  });
  it('treats a missing target as the page', () => {
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('matchesKeys', () => {
  it('matches letters without modifiers, case-sensitively for shift', () => {
    expect(matchesKeys('c', key('c'))).toBe(true);
    expect(matchesKeys('c', key('C', { shiftKey: true }))).toBe(false);
    expect(matchesKeys('c', key('c', { ctrlKey: true }))).toBe(false);
    expect(matchesKeys('shift+e', key('E', { shiftKey: true }))).toBe(true);
  });
  it('matches punctuation typed with shift', () => {
    expect(matchesKeys('?', key('?', { shiftKey: true }))).toBe(true);
    expect(matchesKeys('/', key('/'))).toBe(true);
  });
  it('maps mod to Ctrl or ⌘', () => {
    expect(matchesKeys('mod+k', key('k', { ctrlKey: true }))).toBe(true);
    expect(matchesKeys('mod+k', key('k', { metaKey: true }))).toBe(true);
    expect(matchesKeys('mod+k', key('k'))).toBe(false);
    expect(parseKeys('mod+shift+K')).toEqual({ key: 'k', mod: true, shift: true, alt: false });
  });
});

describe('shortcut registry', () => {
  it('runs the newest matching shortcut and unregisters', () => {
    const registry = createShortcutRegistry();
    const older = vi.fn();
    const newer = vi.fn();
    registry.register({ keys: 'e', descriptionKey: 'a', handler: older });
    const off = registry.register({ keys: 'e', descriptionKey: 'b', handler: newer });
    expect(registry.handle(key('e'))).toBe(true);
    expect(newer).toHaveBeenCalledTimes(1);
    expect(older).not.toHaveBeenCalled();
    off();
    registry.handle(key('e'));
    expect(older).toHaveBeenCalledTimes(1);
  });
  it('falls through when a handler returns false', () => {
    const registry = createShortcutRegistry();
    const older = vi.fn();
    registry.register({ keys: 'j', descriptionKey: 'a', handler: older });
    registry.register({ keys: 'j', descriptionKey: 'b', handler: () => false });
    expect(registry.handle(key('j'))).toBe(true);
    expect(older).toHaveBeenCalled();
  });
  it('never fires inside inputs or during composition', () => {
    const registry = createShortcutRegistry();
    const handler = vi.fn();
    registry.register({ keys: 'c', descriptionKey: 'a', handler });
    expect(registry.handle(key('c', { target: element('TEXTAREA') }))).toBe(false);
    expect(registry.handle(key('c', { isComposing: true }))).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });
  it('notifies subscribers and keeps a stable list between changes', () => {
    const registry = createShortcutRegistry();
    const listener = vi.fn();
    registry.subscribe(listener);
    const first = registry.list();
    expect(registry.list()).toBe(first);
    registry.register({ keys: 'c', descriptionKey: 'a', handler: () => undefined });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(registry.list()).toHaveLength(1);
  });
  it('groups help entries by scope without duplicates or hidden ones', () => {
    const handler = () => undefined;
    const groups = helpEntries([
      { keys: 'j', descriptionKey: 'next', scope: 'list', handler },
      { keys: 'c', descriptionKey: 'create', handler },
      { keys: 'c', descriptionKey: 'create', handler },
      { keys: 'x', descriptionKey: 'alias', hidden: true, handler },
    ]);
    expect(groups.map((group) => group.scope)).toEqual(['global', 'list']);
    expect(groups[0]?.items).toHaveLength(1);
  });
});
