import { ORG_ROLES, type OrgRole } from '@meridian/contracts';
import { describe, expect, it } from 'vitest';
import { canReadAuditLog } from './policy.ts';

const MAY_READ: Record<OrgRole, boolean> = { owner: true, admin: true, manager: false, member: false, guest: false };

describe('audit policy', () => {
  for (const role of ORG_ROLES) {
    it(`${role}: ${MAY_READ[role] ? 'may' : 'may not'} read the audit log`, () => {
      expect(canReadAuditLog({ role })).toBe(MAY_READ[role]);
    });
  }
});
