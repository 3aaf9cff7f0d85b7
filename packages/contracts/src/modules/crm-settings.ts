import { type Static, Type } from 'typebox';
import { VersionSchema } from '../common/ids.ts';

const days = (description: string) => Type.Integer({ minimum: 0, maximum: 3650, description });

export const CrmSettingsSchema = Type.Object({
  poolReturnDays: days('A customer without activity for this many days returns to the pool (0: never)'),
  poolReminderDays: days('The owner is warned this many days before the return'),
  reclaimCooldownDays: days('Days before the previous owner may claim the customer again'),
  dailyClaimLimit: Type.Integer({ minimum: 0, maximum: 10000, description: 'Claims per rep per day (0: no limit)' }),
  maxCustomersPerRep: Type.Integer({
    minimum: 0,
    maximum: 1000000,
    description: 'Customers one rep may hold (0: no cap)',
  }),
  version: Type.Integer(),
});
export type CrmSettings = Static<typeof CrmSettingsSchema>;

export const UpdateCrmSettingsBodySchema = Type.Object({
  poolReturnDays: Type.Optional(days('')),
  poolReminderDays: Type.Optional(days('')),
  reclaimCooldownDays: Type.Optional(days('')),
  dailyClaimLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
  maxCustomersPerRep: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000000 })),
  version: Type.Optional(VersionSchema),
});
export type UpdateCrmSettingsBody = Static<typeof UpdateCrmSettingsBodySchema>;
