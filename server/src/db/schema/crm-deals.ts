import { sql } from 'drizzle-orm';
import { bigint, date, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, ts } from './columns.ts';
import { customers, deals, pipelineStages } from './crm.ts';

/**
 * A product line of a deal. Quantity is kept in thousandths and the discount in basis points,
 * so the line total is exact integer arithmetic (see modules/deals/money.ts).
 */
export const dealLineItems = pgTable(
  'deal_line_items',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    dealId: uuid('deal_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    quantityMilli: bigint('quantity_milli', { mode: 'number' }).notNull(),
    unitPriceMinor: bigint('unit_price_minor', { mode: 'number' }).notNull(),
    discountBp: integer('discount_bp').notNull().default(0),
    lineTotalMinor: bigint('line_total_minor', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }).onDelete('cascade'),
    index('deal_line_items_deal_idx').on(t.orgId, t.dealId, t.position),
  ],
);

/** Every stage a deal entered, with the amount at that moment: conversion, cycle time, velocity. */
export const dealStageHistory = pgTable(
  'deal_stage_history',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    dealId: uuid('deal_id').notNull(),
    /** Null for the stage the deal was created in. */
    fromStageId: uuid('from_stage_id'),
    toStageId: uuid('to_stage_id').notNull(),
    at: ts('at').notNull(),
    byId: uuid('by_id'),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    lostReason: text('lost_reason').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.toStageId], foreignColumns: [pipelineStages.orgId, pipelineStages.id] }),
    index('deal_stage_history_deal_idx').on(t.orgId, t.dealId, t.at),
    index('deal_stage_history_stage_idx').on(t.orgId, t.toStageId, t.at),
  ],
);

/** A call, visit, meeting, e-mail, WeChat message or demo with a customer (跟进记录). */
export const interactions = pgTable(
  'interactions',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    /** `call`, `visit`, `meeting`, `email`, `wechat` or `demo`. */
    kind: text('kind').notNull(),
    occurredAt: ts('occurred_at').notNull(),
    customerId: uuid('customer_id').notNull(),
    dealId: uuid('deal_id'),
    participantIds: uuid('participant_ids').array().notNull().default(sql`'{}'::uuid[]`),
    contactIds: uuid('contact_ids').array().notNull().default(sql`'{}'::uuid[]`),
    summary: text('summary').notNull(),
    outcome: text('outcome').notNull().default(''),
    nextStep: text('next_step').notNull().default(''),
    nextStepDue: date('next_step_due', { mode: 'string' }),
    followUpTaskId: uuid('follow_up_task_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: createdAt('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.dealId], foreignColumns: [deals.orgId, deals.id] }),
    index('interactions_customer_idx').on(t.orgId, t.customerId, t.occurredAt, t.id),
    index('interactions_deal_idx').on(t.orgId, t.dealId, t.occurredAt, t.id),
  ],
);
