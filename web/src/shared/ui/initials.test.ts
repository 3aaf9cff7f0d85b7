import { describe, expect, it } from 'vitest';
import { colorFromString, getInitials } from '@/shared/ui/initials';

describe('getInitials', () => {
  it('takes the last two characters of a Chinese name', () => {
    expect(getInitials('张伟')).toBe('张伟');
    expect(getInitials('欧阳娜娜')).toBe('娜娜');
    expect(getInitials('李')).toBe('李');
  });

  it('takes first and last initials of other names', () => {
    expect(getInitials('Ada Lovelace')).toBe('AL');
    expect(getInitials('grace brewster hopper')).toBe('GH');
    expect(getInitials('  cher ')).toBe('C');
    expect(getInitials('jean-luc')).toBe('JL');
  });

  it('never returns an empty string', () => {
    expect(getInitials('   ')).toBe('?');
  });
});

describe('colorFromString', () => {
  it('is stable and a hex colour', () => {
    expect(colorFromString('a@b.cn')).toBe(colorFromString('a@b.cn'));
    expect(colorFromString('x')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
