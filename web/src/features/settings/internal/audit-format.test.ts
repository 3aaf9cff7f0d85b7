import { describe, expect, it } from 'vitest';
import { formatAuditValue, listChanges } from '@/features/settings/internal/audit-format';

const labels = { empty: '—', yes: 'yes', no: 'no' };

describe('formatAuditValue', () => {
  it('renders scalars, empties and structures', () => {
    expect(formatAuditValue(null, labels)).toBe('—');
    expect(formatAuditValue('', labels)).toBe('—');
    expect(formatAuditValue(true, labels)).toBe('yes');
    expect(formatAuditValue(0, labels)).toBe('0');
    expect(formatAuditValue(['a', 'b'], labels)).toBe('a, b');
    expect(formatAuditValue({ id: 1 }, labels)).toBe('{"id":1}');
  });

  it('shortens long values', () => {
    const text = formatAuditValue('x'.repeat(500), labels);
    expect(text).toHaveLength(120);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('listChanges', () => {
  it('lists each field as before → after, sorted', () => {
    expect(
      listChanges({ role: { from: 'member', to: 'admin' }, name: { from: null, to: '华东大区' } }, labels),
    ).toEqual([
      { field: 'name', from: '—', to: '华东大区' },
      { field: 'role', from: 'member', to: 'admin' },
    ]);
  });
});

describe('listChanges with a translator', () => {
  it('names coded values and leaves the rest', () => {
    const translate = (field: string, value: string) => (field === 'role' ? `role:${value}` : undefined);
    expect(
      listChanges({ role: { from: 'member', to: 'admin' }, title: { from: 'a', to: null } }, labels, translate),
    ).toEqual([
      { field: 'role', from: 'role:member', to: 'role:admin' },
      { field: 'title', from: 'a', to: '—' },
    ]);
  });
});
