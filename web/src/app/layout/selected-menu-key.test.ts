import { describe, expect, it } from 'vitest';
import { selectedMenuKey } from '@/app/layout/menu-items';

describe('selectedMenuKey', () => {
  it('selects the settings page, ignoring deeper paths', () => {
    expect(selectedMenuKey('/settings/members')).toBe('/settings/members');
    expect(selectedMenuKey('/settings/teams/abc')).toBe('/settings/teams');
  });

  it('selects home for everything else', () => {
    expect(selectedMenuKey('/')).toBe('/');
    expect(selectedMenuKey('/nope')).toBe('/');
  });
});
