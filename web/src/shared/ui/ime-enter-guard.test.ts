import { describe, expect, it } from 'vitest';
import { isImeEnter } from './ime-enter-guard';

describe('IME Enter guard', () => {
  it('stops Enter while a candidate is being chosen, and only then', () => {
    expect(isImeEnter({ key: 'Enter', isComposing: true, keyCode: 13 })).toBe(true);
    expect(isImeEnter({ key: 'Enter', isComposing: false, keyCode: 229 })).toBe(true);
    expect(isImeEnter({ key: 'Enter', isComposing: false, keyCode: 13 })).toBe(false);
    expect(isImeEnter({ key: 'a', isComposing: true, keyCode: 229 })).toBe(false);
  });
});
