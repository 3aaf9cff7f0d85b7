import { ORG_ROLES, type OrgRole } from '@meridian/contracts';
import { describe, expect, it } from 'vitest';
import { AppError } from '#platform/errors/app-error.ts';
import { assertCanCreateToken, canCreateToken } from './policy.ts';

const MAY_CREATE: Record<OrgRole, boolean> = { owner: true, admin: true, manager: true, member: true, guest: false };

describe('token policy', () => {
  for (const role of ORG_ROLES) {
    it(`${role}: ${MAY_CREATE[role] ? 'may' : 'may not'} create from a session, never through a token`, () => {
      expect(canCreateToken({ role, via: 'session' })).toBe(MAY_CREATE[role]);
      expect(canCreateToken({ role, via: 'token' })).toBe(false);
      expect(canCreateToken({ role, via: 'system' })).toBe(false);
    });
  }

  it('refuses with forbidden, saying why', () => {
    expect(() => assertCanCreateToken({ role: 'guest', via: 'session' })).toThrow(/role/);
    expect(() => assertCanCreateToken({ role: 'owner', via: 'token' })).toThrow(/session/);
    expect(() => assertCanCreateToken({ role: 'owner', via: 'token' })).toThrow(AppError);
  });
});
