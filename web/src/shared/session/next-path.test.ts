import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPathFor } from '@/shared/session/next-path';

describe('safeNextPath', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeNextPath('/settings/members?role=admin')).toBe('/settings/members?role=admin');
  });

  it('refuses other sites and junk', () => {
    for (const raw of ['https://evil.example', '//evil.example', '/\\evil.example', 'settings', '', null, undefined]) {
      expect(safeNextPath(raw)).toBe('/');
    }
  });
});

describe('signInPathFor', () => {
  it('keeps where the user was going', () => {
    expect(signInPathFor({ pathname: '/settings/teams', search: '?team=1' })).toBe(
      '/sign-in?next=%2Fsettings%2Fteams%3Fteam%3D1',
    );
  });

  it('adds nothing for the home page', () => {
    expect(signInPathFor({ pathname: '/', search: '' })).toBe('/sign-in');
  });
});
