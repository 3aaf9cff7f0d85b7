import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema } from '../common/ids.ts';
import { TokenScopeSchema } from '../permissions.ts';

export const ApiTokenSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  scope: TokenScopeSchema,
  prefix: Type.String({ description: 'First characters, to recognise the token' }),
  expiresAt: Type.Union([InstantSchema, Type.Null()]),
  lastUsedAt: Type.Union([InstantSchema, Type.Null()]),
  createdAt: InstantSchema,
});
export type ApiToken = Static<typeof ApiTokenSchema>;
export const ApiTokenListSchema = Type.Object({ items: Type.Array(ApiTokenSchema) });
export type ApiTokenList = Static<typeof ApiTokenListSchema>;

export const CreateApiTokenBodySchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 80 }),
  scope: TokenScopeSchema,
  expiresInDays: Type.Union([Type.Integer({ minimum: 1, maximum: 366 }), Type.Null()], {
    description: 'Days until expiry, or null for a token that does not expire',
  }),
});
export type CreateApiTokenBody = Static<typeof CreateApiTokenBodySchema>;

/** The secret is in this answer only; Meridian keeps just its hash. */
export const CreatedApiTokenSchema = Type.Interface([ApiTokenSchema], { token: Type.String() });
export type CreatedApiToken = Static<typeof CreatedApiTokenSchema>;
