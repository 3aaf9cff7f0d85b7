import { describe, expect, it } from 'vitest';
import { assignableRoles } from '@/features/settings/internal/roles';

describe('assignableRoles', () => {
  it('offers the actor role and every lower one', () => {
    expect(assignableRoles('owner')).toEqual(['owner', 'admin', 'manager', 'member', 'guest']);
    expect(assignableRoles('admin')).toEqual(['admin', 'manager', 'member', 'guest']);
    expect(assignableRoles('guest')).toEqual(['guest']);
    expect(assignableRoles(null)).toEqual([]);
  });
});
