import { index, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './accounts.ts';

/**
 * Per-organisation CRM rules for the customer pool (公海池). One row per organisation; an
 * organisation without a row uses the defaults below.
 */
export const crmSettings = pgTable('crm_settings', {
  orgId: uuid('org_id')
    .notNull()
    .primaryKey()
    .references(() => organizations.id),
  /** A customer without activity for this many days goes back to the pool (0: never). */
  poolReturnDays: integer('pool_return_days').notNull().default(30),
  /** The owner is warned this many days before the return. */
  poolReminderDays: integer('pool_reminder_days').notNull().default(3),
  /** Days before the previous owner may claim a customer that went back to the pool. */
  reclaimCooldownDays: integer('reclaim_cooldown_days').notNull().default(7),
  /** Claims from the pool per rep per day (0: no limit). */
  dailyClaimLimit: integer('daily_claim_limit').notNull().default(10),
  /** Customers one rep may hold at once (0: no cap). */
  maxCustomersPerRep: integer('max_customers_per_rep').notNull().default(500),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** Every claim from the pool: the daily claim limit counts these rows. */
export const customerClaims = pgTable(
  'customer_claims',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    customerId: uuid('customer_id').notNull(),
    userId: uuid('user_id').notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('customer_claims_user_idx').on(t.orgId, t.userId, t.claimedAt),
  ],
);
