import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';
import { CursorSchema, LimitSchema } from '../common/pagination.ts';
import { CustomFieldValuesSchema } from '../common/people.ts';

export const BUYING_ROLES = ['decision_maker', 'influencer', 'user', 'gatekeeper'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];
const BuyingRoleSchema = Type.Enum([...BUYING_ROLES, ''] as const);

export const ContactSchema = Type.Object({
  id: IdSchema,
  customer: Type.Object({ id: IdSchema, name: Type.String() }),
  name: Type.String(),
  title: Type.String(),
  phone: Type.String(),
  email: Type.String(),
  wechatId: Type.String(),
  buyingRole: Type.String(),
  notes: Type.String(),
  customFields: CustomFieldValuesSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: Type.Integer(),
  abilities: Type.Object({ update: Type.Boolean(), delete: Type.Boolean() }),
});
export type Contact = Static<typeof ContactSchema>;

/** Another contact with the same phone or e-mail, among those the actor can see. */
export const ContactDuplicateWarningSchema = Type.Object({
  field: Type.Union([Type.Literal('phone'), Type.Literal('email')]),
  contactId: IdSchema,
  name: Type.String(),
  customerId: IdSchema,
  customerName: Type.String(),
});
export type ContactDuplicateWarning = Static<typeof ContactDuplicateWarningSchema>;

export const ContactWriteResultSchema = Type.Object({
  contact: ContactSchema,
  warnings: Type.Array(ContactDuplicateWarningSchema),
});
export type ContactWriteResult = Static<typeof ContactWriteResultSchema>;

export const ContactListSchema = Type.Object({
  items: Type.Array(ContactSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  total: Type.Integer(),
});
export type ContactList = Static<typeof ContactListSchema>;

export const ContactListQuerySchema = Type.Object({
  limit: Type.Optional(LimitSchema),
  cursor: Type.Optional(CursorSchema),
  customerId: Type.Optional(IdSchema),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  buyingRole: Type.Optional(Type.String({ maxLength: 40 })),
  sort: Type.Optional(Type.Union([Type.Literal('name'), Type.Literal('-updatedAt')])),
});
export type ContactListQuery = Static<typeof ContactListQuerySchema>;

const contactFields = {
  title: Type.Optional(Type.String({ maxLength: 80 })),
  phone: Type.Optional(Type.String({ maxLength: 40 })),
  email: Type.Optional(Type.String({ maxLength: 254 })),
  wechatId: Type.Optional(Type.String({ maxLength: 80 })),
  buyingRole: Type.Optional(BuyingRoleSchema),
  notes: Type.Optional(Type.String({ maxLength: 5000 })),
  customFields: Type.Optional(CustomFieldValuesSchema),
};

export const CreateContactBodySchema = Type.Object({
  customerId: IdSchema,
  name: Type.String({ minLength: 1, maxLength: 80 }),
  ...contactFields,
});
export type CreateContactBody = Static<typeof CreateContactBodySchema>;

export const UpdateContactBodySchema = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
  ...contactFields,
  version: Type.Optional(VersionSchema),
});
export type UpdateContactBody = Static<typeof UpdateContactBodySchema>;
