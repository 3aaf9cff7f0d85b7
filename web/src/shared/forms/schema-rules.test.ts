import {
  CreateApiTokenBodySchema,
  SignupBodySchema,
  UpdateMemberBodySchema,
  UpdateOrgBodySchema,
} from '@meridian/contracts';
import { describe, expect, it } from 'vitest';
import { rulesFromSchema, type Translate } from '@/shared/forms/schema-rules';

const t: Translate = (key, options) => (options ? `${key} ${JSON.stringify(options)}` : key);

describe('rulesFromSchema', () => {
  it('turns a required e-mail into required + email + length rules', () => {
    const rules = rulesFromSchema(SignupBodySchema, 'email', t);
    expect(rules.map((rule) => rule.type ?? (rule.required ? 'required' : ''))).toEqual([
      'required',
      'email',
      'string',
      'string',
    ]);
    expect(rules[2]).toMatchObject({ min: 3 });
    expect(rules[3]).toMatchObject({ max: 254, message: 'common:validation.maxLength {"max":254}' });
  });

  it('lets the server config override password lengths', () => {
    const rules = rulesFromSchema(SignupBodySchema, 'password', t, { minLength: 8 });
    expect(rules.find((rule) => rule.min !== undefined)).toMatchObject({ min: 8 });
  });

  it('treats minLength 1 as required even in PATCH bodies, and leaves optional fields optional', () => {
    expect(rulesFromSchema(UpdateOrgBodySchema, 'name', t)[0]).toMatchObject({ required: true });
    expect(rulesFromSchema(UpdateMemberBodySchema, 'title', t)).toEqual([
      { type: 'string', max: 80, message: 'common:validation.maxLength {"max":80}' },
    ]);
  });

  it('checks number ranges and patterns', () => {
    const idle = rulesFromSchema(UpdateOrgBodySchema, 'sessionIdleMinutes', t);
    expect(idle).toMatchObject([
      { type: 'integer', min: 15 },
      { type: 'integer', max: 1440 },
    ]);
    const currency = rulesFromSchema(UpdateOrgBodySchema, 'currency', t);
    expect(currency.at(-1)?.pattern?.test('CNY')).toBe(true);
    expect(currency.at(-1)?.pattern?.test('cny')).toBe(false);
  });

  it('reads through `integer | null` unions', () => {
    const rules = rulesFromSchema(CreateApiTokenBodySchema, 'expiresInDays', t, { required: false });
    expect(rules).toMatchObject([{ min: 1 }, { max: 366 }]);
  });
});
