import { describe, expect, it } from 'vitest';
import { readAuditFilters, withAuditFilters } from '@/features/settings/internal/audit-filters';

describe('readAuditFilters', () => {
  it('maps URL values to API filters', () => {
    const params = new URLSearchParams({
      actor: 'u1',
      action: 'member.role_changed',
      target: 'member',
      from: '2026-05-01T00:00:00+08:00',
    });
    expect(readAuditFilters(params)).toEqual({
      actorId: 'u1',
      action: 'member.role_changed',
      targetType: 'member',
      from: '2026-04-30T16:00:00.000Z',
    });
  });

  it('drops values the API would refuse', () => {
    expect(readAuditFilters(new URLSearchParams('action=DROP%20TABLE&target=x-y&to=yesterday'))).toEqual({});
  });
});

describe('withAuditFilters', () => {
  it('sets and clears several filters at once', () => {
    const params = new URLSearchParams('actor=u1&from=a&to=b');
    expect(withAuditFilters(params, { from: null, to: null, action: 'team.created' }).toString()).toBe(
      'actor=u1&action=team.created',
    );
  });
});
