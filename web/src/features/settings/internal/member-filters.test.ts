import { describe, expect, it } from 'vitest';
import { readMemberFilters, withFilter } from '@/features/settings/internal/member-filters';

describe('readMemberFilters', () => {
  it('reads known values and drops junk', () => {
    const params = new URLSearchParams('q=%20zhang%20&role=admin&status=bogus&team=t1');
    expect(readMemberFilters(params)).toEqual({ sort: 'name', q: 'zhang', role: 'admin', teamId: 't1' });
  });

  it('withFilter sets and removes a value without touching the rest', () => {
    const params = new URLSearchParams('q=li&role=member');
    expect(withFilter(params, 'role', null).toString()).toBe('q=li');
    expect(withFilter(params, 'status', 'active').toString()).toBe('q=li&role=member&status=active');
  });
});
