import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema, LocaleSchema, TimeZoneSchema, VersionSchema } from '../common/ids.ts';
import { OrgRoleSchema } from '../permissions.ts';

export const EmailSchema = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
/** Length only: no composition rules (ASVS 5); the server also refuses common passwords. */
export const PasswordSchema = Type.String({ minLength: 12, maxLength: 128 });
export const PersonNameSchema = Type.String({ minLength: 1, maxLength: 80 });
export const OrgNameSchema = Type.String({ minLength: 1, maxLength: 120 });
export const AvatarColorSchema = Type.String({ pattern: '^#[0-9a-fA-F]{6}$' });

export const SignupBodySchema = Type.Object({
  name: PersonNameSchema,
  email: EmailSchema,
  password: PasswordSchema,
  orgName: OrgNameSchema,
  locale: Type.Optional(LocaleSchema),
  timeZone: Type.Optional(TimeZoneSchema),
});
export type SignupBody = Static<typeof SignupBodySchema>;

export const LoginBodySchema = Type.Object({
  email: EmailSchema,
  password: Type.String({ minLength: 1, maxLength: 1024 }),
  remember: Type.Optional(Type.Boolean({ description: 'Keep the session up to 14 days' })),
});
export type LoginBody = Static<typeof LoginBodySchema>;

export const PasswordResetRequestBodySchema = Type.Object({ email: EmailSchema });
export type PasswordResetRequestBody = Static<typeof PasswordResetRequestBodySchema>;
export const PasswordResetBodySchema = Type.Object({
  token: Type.String({ minLength: 10, maxLength: 200 }),
  password: PasswordSchema,
});
export const ChangePasswordBodySchema = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  newPassword: PasswordSchema,
  endOtherSessions: Type.Optional(Type.Boolean({ default: true })),
});

export const UserSchema = Type.Object({
  id: IdSchema,
  email: Type.String(),
  name: Type.String(),
  avatarColor: Type.String(),
  initials: Type.String(),
  locale: LocaleSchema,
  timeZone: Type.String(),
  createdAt: InstantSchema,
  version: Type.Integer(),
});
export type User = Static<typeof UserSchema>;

export const OrgSummarySchema = Type.Object({ id: IdSchema, name: Type.String(), role: OrgRoleSchema });
export type OrgSummary = Static<typeof OrgSummarySchema>;

export const OrganizationSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  currency: Type.String(),
  timeZone: Type.String(),
  weekStart: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' }),
  sessionIdleMinutes: Type.Integer(),
  createdAt: InstantSchema,
  version: Type.Integer(),
});
export type Organization = Static<typeof OrganizationSchema>;

/** Who is signed in, in which organisation, and what they may do there. */
export const MeSchema = Type.Object({
  user: UserSchema,
  org: Type.Union([OrganizationSchema, Type.Null()]),
  role: Type.Union([OrgRoleSchema, Type.Null()]),
  orgs: Type.Array(OrgSummarySchema),
  csrfToken: Type.Union([Type.String(), Type.Null()]),
  abilities: Type.Record(Type.String(), Type.Boolean()),
});
export type Me = Static<typeof MeSchema>;

export const UpdateMeBodySchema = Type.Object({
  name: Type.Optional(PersonNameSchema),
  avatarColor: Type.Optional(AvatarColorSchema),
  locale: Type.Optional(LocaleSchema),
  timeZone: Type.Optional(TimeZoneSchema),
  version: Type.Optional(VersionSchema),
});
export type UpdateMeBody = Static<typeof UpdateMeBodySchema>;

export const SwitchOrgBodySchema = Type.Object({ orgId: IdSchema });
export type SwitchOrgBody = Static<typeof SwitchOrgBodySchema>;

export const UpdateOrgBodySchema = Type.Object({
  name: Type.Optional(OrgNameSchema),
  currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
  timeZone: Type.Optional(TimeZoneSchema),
  weekStart: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })),
  sessionIdleMinutes: Type.Optional(Type.Integer({ minimum: 15, maximum: 1440 })),
  version: Type.Optional(VersionSchema),
});
export type UpdateOrgBody = Static<typeof UpdateOrgBodySchema>;

export const SessionSchema = Type.Object({
  id: IdSchema,
  userId: IdSchema,
  device: Type.String(),
  userAgent: Type.String(),
  ip: Type.String(),
  createdAt: InstantSchema,
  lastSeenAt: InstantSchema,
  expiresAt: InstantSchema,
  current: Type.Boolean(),
});
export type Session = Static<typeof SessionSchema>;
export const SessionListSchema = Type.Object({ items: Type.Array(SessionSchema) });

export const AuthConfigSchema = Type.Object({
  signupOpen: Type.Boolean(),
  passwordMinLength: Type.Integer(),
  passwordMaxLength: Type.Integer(),
  demo: Type.Union([Type.Object({ email: Type.String(), password: Type.String() }), Type.Null()]),
});
export type AuthConfig = Static<typeof AuthConfigSchema>;

export type PasswordResetBody = Static<typeof PasswordResetBodySchema>;
export type ChangePasswordBody = Static<typeof ChangePasswordBodySchema>;
