/**
 * Enter that picks a Chinese input-method candidate must never submit a form or fire a
 * shortcut. Browsers mark such keystrokes `isComposing` (or keyCode 229); this listener runs
 * first, in the capture phase, and cancels their default action (the form's implicit submit).
 * Keyboard shortcuts check `isImeEnter` themselves.
 */
export function installImeEnterGuard(target: Pick<Window, 'addEventListener'> = window): void {
  target.addEventListener(
    'keydown',
    (event: KeyboardEvent) => {
      if (isImeEnter(event)) {
        event.preventDefault();
      }
    },
    true,
  );
}

export function isImeEnter(event: Pick<KeyboardEvent, 'key' | 'isComposing' | 'keyCode'>): boolean {
  return event.key === 'Enter' && (event.isComposing || event.keyCode === 229);
}
