import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from './accounts.ts';
import { createdAt, day, ts } from './columns.ts';

/**
 * A customer (account). `owner_id` null means it sits in the customer pool (公海池). The
 * normalised columns feed duplicate detection (查重); `search_terms` holds pinyin full
 * spellings and initials so that "zw" finds 张伟.
 */
export const customers = pgTable(
  'customers',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    nameNormalized: text('name_normalized').notNull(),
    /** Pinyin of the name, for sorting and search. */
    namePinyin: text('name_pinyin').notNull().default(''),
    type: text('type').notNull().default('enterprise'),
    industry: text('industry').notNull().default(''),
    country: text('country').notNull().default('CN'),
    province: text('province').notNull().default(''),
    city: text('city').notNull().default(''),
    size: text('size').notNull().default(''),
    source: text('source').notNull().default(''),
    status: text('status').notNull().default('prospect'),
    /** 统一社会信用代码, validated with its check character. */
    creditCode: text('credit_code'),
    phone: text('phone').notNull().default(''),
    phoneNormalized: text('phone_normalized'),
    email: text('email').notNull().default(''),
    emailNormalized: text('email_normalized'),
    ownerId: uuid('owner_id'),
    teamId: uuid('team_id'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    address: text('address').notNull().default(''),
    website: text('website').notNull().default(''),
    notes: text('notes').notNull().default(''),
    customFields: jsonb('custom_fields').notNull().default({}),
    searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
    /** Last interaction or deal activity: drives the pool's return rule and the health score. */
    lastActivityAt: ts('last_activity_at'),
    /** When the customer last went back to the pool, and who held it (reclaim cool-down). */
    returnedToPoolAt: ts('returned_to_pool_at'),
    previousOwnerId: uuid('previous_owner_id'),
    claimedAt: ts('claimed_at'),
    /** When the owner was last warned of the coming return to the pool (one warning per idle spell). */
    poolWarnedAt: ts('pool_warned_at'),
    /** Set when merged into another customer; merged rows are hidden from every read. */
    mergedIntoId: uuid('merged_into_id'),
    deletedAt: ts('deleted_at'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: createdAt('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('customers_owner_idx').on(t.orgId, t.ownerId, t.updatedAt, t.id),
    index('customers_team_idx').on(t.orgId, t.teamId, t.updatedAt, t.id),
    index('customers_updated_idx').on(t.orgId, t.updatedAt, t.id),
    index('customers_pinyin_idx').on(t.orgId, t.namePinyin, t.id),
    index('customers_name_norm_idx').on(t.orgId, t.nameNormalized),
    index('customers_credit_code_idx').on(t.orgId, t.creditCode),
    index('customers_phone_idx').on(t.orgId, t.phoneNormalized),
    index('customers_email_idx').on(t.orgId, t.emailNormalized),
    index('customers_pool_idx')
      .on(t.orgId, t.lastActivityAt)
      .where(sql`${t.ownerId} is not null and ${t.deletedAt} is null`),
    index('customers_search_terms_idx').using('gin', t.searchTerms),
    index('customers_tags_idx').using('gin', t.tags),
  ],
);

/** A person at a customer, with their role in the purchase. */
export const contacts = pgTable(
  'contacts',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    customerId: uuid('customer_id').notNull(),
    name: text('name').notNull(),
    namePinyin: text('name_pinyin').notNull().default(''),
    title: text('title').notNull().default(''),
    phone: text('phone').notNull().default(''),
    phoneNormalized: text('phone_normalized'),
    email: text('email').notNull().default(''),
    emailNormalized: text('email_normalized'),
    wechatId: text('wechat_id').notNull().default(''),
    /** `decision_maker`, `influencer`, `user`, `gatekeeper` or empty. */
    buyingRole: text('buying_role').notNull().default(''),
    notes: text('notes').notNull().default(''),
    customFields: jsonb('custom_fields').notNull().default({}),
    searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
    deletedAt: ts('deleted_at'),
    createdAt: createdAt(),
    updatedAt: createdAt('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    index('contacts_customer_idx').on(t.orgId, t.customerId),
    index('contacts_phone_idx').on(t.orgId, t.phoneNormalized),
    index('contacts_email_idx').on(t.orgId, t.emailNormalized),
    index('contacts_search_terms_idx').using('gin', t.searchTerms),
  ],
);

/** A sales pipeline: its stages are ordered, won and lost close it. */
export const pipelines = pgTable(
  'pipelines',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    position: integer('position').notNull().default(0),
    archivedAt: ts('archived_at'),
    createdAt: createdAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('pipelines_name_key').on(t.orgId, t.name),
    // At most one default per organisation: the lazy "ensure default pipeline" relies on it.
    uniqueIndex('pipelines_default_key').on(t.orgId).where(sql`${t.isDefault}`),
  ],
);

export const pipelineStages = pgTable(
  'pipeline_stages',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    pipelineId: uuid('pipeline_id').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    /** Default win probability in percent (0–100). */
    probability: integer('probability').notNull(),
    /** `open`, `won` or `lost`. */
    kind: text('kind').notNull().default('open'),
    /** A deal that stays here longer than this without activity is shown as stalled. */
    stallDays: integer('stall_days'),
    createdAt: createdAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.pipelineId], foreignColumns: [pipelines.orgId, pipelines.id] }).onDelete(
      'cascade',
    ),
    index('pipeline_stages_pipeline_idx').on(t.orgId, t.pipelineId, t.position),
  ],
);

/** A deal (opportunity). Money in integer minor units with its ISO 4217 currency. */
export const deals = pgTable(
  'deals',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    customerId: uuid('customer_id').notNull(),
    pipelineId: uuid('pipeline_id').notNull(),
    stageId: uuid('stage_id').notNull(),
    /** Mirrors the stage's kind so that open/won/lost filters need no join. */
    stageKind: text('stage_kind').notNull().default('open'),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull().default(0),
    currency: text('currency').notNull().default('CNY'),
    /** Null: the stage's default probability applies. */
    probabilityOverride: integer('probability_override'),
    expectedCloseDate: day('expected_close_date'),
    ownerId: uuid('owner_id'),
    teamId: uuid('team_id'),
    source: text('source').notNull().default(''),
    competitors: text('competitors').array().notNull().default(sql`'{}'::text[]`),
    contactIds: uuid('contact_ids').array().notNull().default(sql`'{}'::uuid[]`),
    nextStep: text('next_step').notNull().default(''),
    notes: text('notes').notNull().default(''),
    lostReason: text('lost_reason').notNull().default(''),
    customFields: jsonb('custom_fields').notNull().default({}),
    searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
    stageEnteredAt: ts('stage_entered_at').notNull().defaultNow(),
    lastActivityAt: ts('last_activity_at'),
    closedAt: ts('closed_at'),
    deletedAt: ts('deleted_at'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: createdAt('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.pipelineId], foreignColumns: [pipelines.orgId, pipelines.id] }),
    foreignKey({ columns: [t.orgId, t.stageId], foreignColumns: [pipelineStages.orgId, pipelineStages.id] }),
    index('deals_board_idx').on(t.orgId, t.pipelineId, t.stageId, t.updatedAt),
    index('deals_owner_idx').on(t.orgId, t.ownerId, t.stageKind, t.expectedCloseDate),
    index('deals_team_idx').on(t.orgId, t.teamId, t.stageKind),
    index('deals_customer_idx').on(t.orgId, t.customerId),
    index('deals_close_idx').on(t.orgId, t.stageKind, t.expectedCloseDate),
    index('deals_search_terms_idx').using('gin', t.searchTerms),
  ],
);

/** A CRM record (customer, deal…) shared with someone outside its owner's line of sight. */
export const recordShares = pgTable(
  'record_shares',
  {
    orgId: uuid('org_id').notNull(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.recordType, t.recordId, t.userId] }),
    index('record_shares_user_idx').on(t.orgId, t.userId, t.recordType),
  ],
);
