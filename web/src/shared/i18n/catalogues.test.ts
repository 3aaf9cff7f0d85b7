import {
  ERROR_CODES,
  FIELD_ERROR_CODES,
  InvitationSchema,
  MEMBER_STATUSES,
  ORG_ROLES,
  TOKEN_SCOPES,
} from '@meridian/contracts';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '@/features/settings/internal/audit-format';
import { resources } from '@/shared/i18n/i18n';
import { APP_LOCALES } from '@/shared/i18n/locale';

/** Keys built at run time (`t(\`common:roles.${role}\`)`) that the static check cannot see. */
const invitationStatuses = InvitationSchema.properties.status.anyOf.map((branch) => String(branch.const));
const dynamicKeys = [
  ...ERROR_CODES.map((code) => `errors:${code}`),
  ...FIELD_ERROR_CODES.map((code) => `errors:field.${code}`),
  ...ORG_ROLES.map((role) => `common:roles.${role}`),
  ...APP_LOCALES.flatMap((locale) => [`common:language.names.${locale}`, `common:language.short.${locale}`]),
  ...[1, 2, 3, 4, 5, 6, 7].map((day) => `common:weekdays.${day}`),
  ...MEMBER_STATUSES.map((status) => `settings:members.status.${status}`),
  ...invitationStatuses.map((status) => `settings:invitations.status.${status}`),
  ...TOKEN_SCOPES.map((scope) => `settings:tokens.scopes.${scope}`),
  ...AUDIT_ACTIONS.map((action) => `settings:audit.actions.${action}`),
  ...AUDIT_TARGET_TYPES.map((type) => `settings:audit.targets.${type}`),
  ...['deactivate', 'reactivate', 'endSessions'].flatMap((kind) =>
    ['', 'Confirm', 'Hint', 'Done'].map((suffix) => `settings:members.actions.${kind}${suffix}`),
  ),
  ...['profile', 'organization', 'members', 'teams', 'tokens', 'auditLog'].flatMap((key) => [
    `home:shortcuts.${key}.title`,
    `home:shortcuts.${key}.description`,
  ]),
  'errors:rate_limited_retry_other',
  'errors:account_locked_retry_other',
];

function lookup(catalogue: Record<string, unknown>, key: string): unknown {
  const [ns = '', path = ''] = key.split(':');
  return path
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue[ns]);
}

describe.each(APP_LOCALES)('%s catalogue', (locale) => {
  it.each(dynamicKeys)('has %s', (key) => {
    expect(typeof lookup(resources[locale] as unknown as Record<string, unknown>, key)).toBe('string');
  });
});

describe('Chinese copy (UX.md)', () => {
  const texts: string[] = [];
  const collect = (node: unknown) => {
    if (typeof node === 'string') texts.push(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(collect);
  };
  collect(resources['zh-CN']);

  it('puts a space between Chinese and Latin letters or digits', () => {
    const offenders = texts.filter((text) =>
      /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u.test(text.replace(/\{\{[^}]+\}\}/g, '')),
    );
    expect(offenders).toEqual([]);
  });

  it('uses full-width punctuation and no exclamation marks', () => {
    expect(texts.filter((text) => /\p{Script=Han}[,;:?!]|[!！]/u.test(text))).toEqual([]);
  });
});
