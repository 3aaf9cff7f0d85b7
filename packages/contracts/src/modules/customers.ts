import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';
import { CursorSchema, LimitSchema } from '../common/pagination.ts';
import { BulkItemResultSchema, CustomFieldValuesSchema, PersonRefSchema } from '../common/people.ts';

export const CUSTOMER_TYPES = ['enterprise', 'smb', 'individual', 'channel_partner'] as const;
export const CUSTOMER_STATUSES = ['prospect', 'active', 'dormant', 'churned'] as const;
export const CUSTOMER_SOURCES = ['referral', 'exhibition', 'inbound', 'outbound', 'partner', 'other'] as const;
export const CUSTOMER_SORTS = [
  'name',
  '-name',
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'lastActivityAt',
  '-lastActivityAt',
] as const;

export const CustomerTypeSchema = Type.Enum(CUSTOMER_TYPES);
export const CustomerStatusSchema = Type.Enum(CUSTOMER_STATUSES);
export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

const TagsSchema = Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 30 });

export const CustomerAbilitiesSchema = Type.Object({
  update: Type.Boolean(),
  delete: Type.Boolean(),
  reassign: Type.Boolean(),
  share: Type.Boolean(),
  claim: Type.Boolean(),
  release: Type.Boolean(),
});

export const CustomerSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  type: Type.String(),
  industry: Type.String(),
  country: Type.String(),
  province: Type.String(),
  city: Type.String(),
  size: Type.String(),
  source: Type.String(),
  status: Type.String(),
  creditCode: Type.Union([Type.String(), Type.Null()]),
  phone: Type.String(),
  email: Type.String(),
  owner: Type.Union([PersonRefSchema, Type.Null()]),
  team: Type.Union([Type.Object({ id: IdSchema, name: Type.String() }), Type.Null()]),
  tags: Type.Array(Type.String()),
  address: Type.String(),
  website: Type.String(),
  notes: Type.String(),
  customFields: CustomFieldValuesSchema,
  /** True when the customer sits in the pool (公海池), without owner. */
  inPool: Type.Boolean(),
  lastActivityAt: Type.Union([InstantSchema, Type.Null()]),
  claimedAt: Type.Union([InstantSchema, Type.Null()]),
  returnedToPoolAt: Type.Union([InstantSchema, Type.Null()]),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: Type.Integer(),
  abilities: CustomerAbilitiesSchema,
});
export type Customer = Static<typeof CustomerSchema>;

export const CustomerListSchema = Type.Object({
  items: Type.Array(CustomerSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  /** Every customer matching the filters that the actor may see. */
  total: Type.Integer(),
});
export type CustomerList = Static<typeof CustomerListSchema>;

export const CustomerListQuerySchema = Type.Object({
  limit: Type.Optional(LimitSchema),
  cursor: Type.Optional(CursorSchema),
  q: Type.Optional(
    Type.String({ maxLength: 100, description: 'Name, pinyin or initials ("zw"), phone, e-mail or credit code' }),
  ),
  ownerId: Type.Optional(
    Type.Union([IdSchema, Type.Literal('me'), Type.Literal('none')], {
      description: '`me`, `none` (the pool) or a user id',
    }),
  ),
  teamId: Type.Optional(IdSchema),
  type: Type.Optional(Type.String({ maxLength: 40 })),
  status: Type.Optional(Type.String({ maxLength: 40 })),
  industry: Type.Optional(Type.String({ maxLength: 80 })),
  province: Type.Optional(Type.String({ maxLength: 40 })),
  city: Type.Optional(Type.String({ maxLength: 40 })),
  source: Type.Optional(Type.String({ maxLength: 40 })),
  tag: Type.Optional(Type.String({ maxLength: 40 })),
  customField: Type.Optional(
    Type.String({
      maxLength: 200,
      pattern: '^[^=]{1,80}=.*$',
      description: '`fieldId=value`: equal custom field value',
    }),
  ),
  sort: Type.Optional(Type.Enum(CUSTOMER_SORTS)),
});
export type CustomerListQuery = Static<typeof CustomerListQuerySchema>;

const customerFields = {
  type: Type.Optional(CustomerTypeSchema),
  industry: Type.Optional(Type.String({ maxLength: 80 })),
  country: Type.Optional(Type.String({ minLength: 2, maxLength: 2, pattern: '^[A-Z]{2}$' })),
  province: Type.Optional(Type.String({ maxLength: 40 })),
  city: Type.Optional(Type.String({ maxLength: 40 })),
  size: Type.Optional(Type.String({ maxLength: 40 })),
  source: Type.Optional(Type.String({ maxLength: 40 })),
  status: Type.Optional(CustomerStatusSchema),
  creditCode: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
  phone: Type.Optional(Type.String({ maxLength: 40 })),
  email: Type.Optional(Type.String({ maxLength: 254 })),
  tags: Type.Optional(TagsSchema),
  address: Type.Optional(Type.String({ maxLength: 300 })),
  website: Type.Optional(Type.String({ maxLength: 300 })),
  notes: Type.Optional(Type.String({ maxLength: 5000 })),
  customFields: Type.Optional(CustomFieldValuesSchema),
};

export const CustomerNameSchema = Type.String({ minLength: 1, maxLength: 200 });

export const CreateCustomerBodySchema = Type.Object({
  name: CustomerNameSchema,
  ...customerFields,
  ownerId: Type.Optional(
    Type.Union([IdSchema, Type.Null()], { description: 'Defaults to you; null puts it in the pool' }),
  ),
  teamId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
  /** Create even though a customer with a similar name exists (never for the same credit code, phone or e-mail). */
  allowDuplicate: Type.Optional(Type.Boolean()),
});
export type CreateCustomerBody = Static<typeof CreateCustomerBodySchema>;

export const UpdateCustomerBodySchema = Type.Object({
  name: Type.Optional(CustomerNameSchema),
  ...customerFields,
  teamId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
  allowDuplicate: Type.Optional(Type.Boolean()),
  version: Type.Optional(VersionSchema),
});
export type UpdateCustomerBody = Static<typeof UpdateCustomerBodySchema>;

export const DUPLICATE_FIELDS = ['name', 'creditCode', 'phone', 'email'] as const;
export type DuplicateField = (typeof DUPLICATE_FIELDS)[number];

/**
 * A customer that looks like the one being created. Only what 撞单 prevention needs: the name
 * and owner, even of customers the actor cannot open (`visible` false).
 */
export const DuplicateCustomerSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  owner: Type.Union([Type.Object({ id: IdSchema, name: Type.String() }), Type.Null()]),
  matchedOn: Type.Array(Type.Enum(DUPLICATE_FIELDS)),
  visible: Type.Boolean(),
});
export type DuplicateCustomer = Static<typeof DuplicateCustomerSchema>;

export const CheckDuplicatesBodySchema = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 200 })),
  creditCode: Type.Optional(Type.String({ maxLength: 40 })),
  phone: Type.Optional(Type.String({ maxLength: 40 })),
  email: Type.Optional(Type.String({ maxLength: 254 })),
  /** Leave this customer out (when editing it). */
  excludeId: Type.Optional(IdSchema),
});
export type CheckDuplicatesBody = Static<typeof CheckDuplicatesBodySchema>;

export const CheckDuplicatesResultSchema = Type.Object({
  duplicates: Type.Array(DuplicateCustomerSchema),
  /** True when a match blocks creation even with allowDuplicate (credit code, phone or e-mail). */
  blocking: Type.Boolean(),
});
export type CheckDuplicatesResult = Static<typeof CheckDuplicatesResultSchema>;

export const MergeCustomerBodySchema = Type.Object({ sourceId: IdSchema });
export type MergeCustomerBody = Static<typeof MergeCustomerBodySchema>;

export const ReassignCustomersBodySchema = Type.Object({
  ids: Type.Array(IdSchema, { minItems: 1, maxItems: 500 }),
  ownerId: IdSchema,
});
export type ReassignCustomersBody = Static<typeof ReassignCustomersBodySchema>;
export const ReassignCustomersResultSchema = Type.Object({ results: Type.Array(BulkItemResultSchema) });
export type ReassignCustomersResult = Static<typeof ReassignCustomersResultSchema>;

export const CustomerShareParamsSchema = Type.Object({ id: IdSchema, userId: IdSchema });

export const CustomerSharesSchema = Type.Object({
  items: Type.Array(Type.Object({ user: PersonRefSchema, createdAt: InstantSchema })),
});
export type CustomerShares = Static<typeof CustomerSharesSchema>;

/** What the pool page shows above the list: how many claims the actor has left today. */
export const PoolStatusSchema = Type.Object({
  dailyClaimLimit: Type.Integer(),
  claimedToday: Type.Integer(),
  /** Null when there is no daily limit. */
  remainingToday: Type.Union([Type.Integer(), Type.Null()]),
  held: Type.Integer(),
  maxHeld: Type.Integer(),
});
export type PoolStatus = Static<typeof PoolStatusSchema>;
