import { describe, expect, it } from 'vitest';
import { ApiError } from '@/shared/api/api-error';
import { formLevelError, groupFieldErrors, toNamePath, translateFieldError } from '@/shared/api/field-errors';
import { i18n } from '@/shared/i18n/i18n';

const fieldError = (field: string, code = 'required', pointer = '') => ({
  field,
  pointer,
  code,
  message: `${field} ${code}`,
});

describe('toNamePath', () => {
  it('splits dotted fields, with numbers for array indexes', () => {
    expect(toNamePath({ field: 'email', pointer: '/body/email' })).toEqual(['email']);
    expect(toNamePath({ field: 'items.0.name', pointer: '' })).toEqual(['items', 0, 'name']);
  });

  it('falls back to the JSON pointer without its request part', () => {
    expect(toNamePath({ field: '', pointer: '/body/items/2/title' })).toEqual(['items', 2, 'title']);
    expect(toNamePath({ field: '', pointer: '/query/a~1b' })).toEqual(['a/b']);
    expect(toNamePath({ field: '', pointer: '/body' })).toEqual([]);
  });
});

describe('groupFieldErrors', () => {
  it('puts errors on known fields and returns the rest', () => {
    const grouped = groupFieldErrors(
      [fieldError('email', 'format'), fieldError('email', 'taken'), fieldError('orgId'), fieldError('')],
      [['email'], ['password']],
    );
    expect(grouped.placed).toEqual([
      { name: ['email'], errors: [fieldError('email', 'format'), fieldError('email', 'taken')] },
    ]);
    expect(grouped.unplaced.map((error) => error.field)).toEqual(['orgId', '']);
  });
});

describe('translateFieldError', () => {
  it('uses errors:field.<code> in the current language, the server message for unknown codes', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(translateFieldError(fieldError('email', 'taken'))).toBe('已被占用');
    await i18n.changeLanguage('en');
    expect(translateFieldError(fieldError('email', 'taken'))).toBe('Already taken');
    expect(translateFieldError({ field: 'x', pointer: '', code: 'brand_new', message: 'Server says no' })).toBe(
      'Server says no',
    );
  });
});

describe('formLevelError', () => {
  it('is the error unless it names fields', () => {
    const plain = new ApiError({ status: 401, code: 'invalid_credentials', title: '' });
    const withFields = new ApiError({
      status: 422,
      code: 'validation_failed',
      title: '',
      errors: [fieldError('email')],
    });
    expect(formLevelError(plain)).toBe(plain);
    expect(formLevelError(withFields)).toBeNull();
    expect(formLevelError(null)).toBeNull();
  });
});
