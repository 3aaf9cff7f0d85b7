import { describe, expect, it } from 'vitest';
import { ApiError } from '@/shared/api/api-error';
import { describeError } from '@/shared/api/error-message';
import { i18n } from '@/shared/i18n/i18n';

const error = (code: string, extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {}) =>
  new ApiError({ status: 400, code, title: 'English title', ...extra });

describe('describeError', () => {
  it('translates the code, never showing the English title', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(describeError(i18n.t, error('invalid_credentials'))).toBe('邮箱或密码不正确。');
    await i18n.changeLanguage('en');
    expect(describeError(i18n.t, error('invalid_credentials'))).toBe('The e-mail or password is incorrect.');
  });

  it('says how long to wait on 429', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(describeError(i18n.t, error('rate_limited', { retryAfterSeconds: 300 }))).toBe(
      '操作太频繁，请在 5 分钟后重试。',
    );
    await i18n.changeLanguage('en');
    expect(describeError(i18n.t, error('rate_limited', { retryAfterSeconds: 60 }))).toBe(
      'Too many requests. Try again in 1 minute.',
    );
    expect(describeError(i18n.t, error('account_locked', { retryAfterSeconds: 6 }))).toBe(
      'Too many failed sign-ins. Try again in 6 seconds.',
    );
  });

  it('handles unknown codes and non-API errors', async () => {
    await i18n.changeLanguage('en');
    expect(describeError(i18n.t, error('brand_new_code', { status: 418 }))).toBe(
      'The request failed (HTTP 418). Please try again later.',
    );
    expect(describeError(i18n.t, new TypeError('boom'))).toMatch(/server ran into an error/);
  });
});
