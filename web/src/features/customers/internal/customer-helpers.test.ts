import { describe, expect, it } from 'vitest';
import { customerFiltersToParams, readCustomerFilters, withCustomerFilter } from './customer-filters';
import { formatPhone, telHref } from './phone-format';

describe('formatPhone', () => {
  it('shows mobiles 3-4-4 and landlines with the area code apart', () => {
    expect(formatPhone('13800138000')).toBe('138 0013 8000');
    expect(formatPhone('01012345678')).toBe('010 1234 5678');
    expect(formatPhone('075588886666-123')).toBe('0755 8888 6666 转 123');
    expect(formatPhone('075588886666-123', 'ext.')).toBe('0755 8888 6666 ext. 123');
    expect(formatPhone('')).toBe('');
    expect(formatPhone('12345')).toBe('12345');
    expect(telHref('075588886666-123')).toBe('tel:075588886666');
  });
});

describe('customer filters in the URL', () => {
  it('reads known filters and drops the rest', () => {
    const params = new URLSearchParams('q=zw&type=smb&status=bogus&ownerId=me&province=广东&sort=name&x=1');
    expect(readCustomerFilters(params)).toEqual({
      q: 'zw',
      type: 'smb',
      ownerId: 'me',
      province: '广东',
      sort: 'name',
    });
    expect(readCustomerFilters(new URLSearchParams('ownerId=not-an-id'))).toEqual({});
  });

  it('round-trips through the URL', () => {
    const filters = { q: '张伟', status: 'active', ownerId: 'none', tag: 'VIP', sort: '-createdAt' } as const;
    expect(readCustomerFilters(customerFiltersToParams(filters))).toEqual(filters);
  });

  it('sets and clears one filter', () => {
    const params = new URLSearchParams('q=a&type=smb');
    expect(withCustomerFilter(params, 'type', 'enterprise').get('type')).toBe('enterprise');
    expect(withCustomerFilter(params, 'q', '').has('q')).toBe(false);
    expect(params.get('type')).toBe('smb');
  });
});
