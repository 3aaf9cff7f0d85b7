import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns.ts';

/** Who did what to which object, written in the transaction of the change. Never updated. */
export const auditLog = pgTable(
  'audit_log',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    at: ts('at').notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorVia: text('actor_via').notNull().default('session'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    targetLabel: text('target_label').notNull().default(''),
    ip: text('ip').notNull().default(''),
    userAgent: text('user_agent').notNull().default(''),
    requestId: text('request_id').notNull().default(''),
    changes: jsonb('changes').notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('audit_log_org_id_desc_idx').on(t.orgId, t.id.desc()),
    index('audit_log_target_idx').on(t.orgId, t.targetType, t.targetId),
    index('audit_log_actor_idx').on(t.orgId, t.actorId, t.id.desc()),
  ],
);

/**
 * Domain events, written in the transaction of the change and delivered after commit.
 * `seq` orders them across the whole database so that realtime clients can catch up.
 */
export const outboxEvents = pgTable(
  'outbox_events',
  {
    orgId: uuid('org_id').notNull(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    id: uuid('id').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    actorId: uuid('actor_id'),
    audience: jsonb('audience').notNull().default({}),
    createdAt: ts('created_at').notNull().defaultNow(),
    dispatchedAt: ts('dispatched_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.seq] }),
    index('outbox_pending_idx').on(t.seq).where(sql`${t.dispatchedAt} is null`),
    index('outbox_org_seq_idx').on(t.orgId, t.seq),
  ],
);

/** Durable background jobs, claimed with FOR UPDATE SKIP LOCKED by any server instance. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    orgId: uuid('org_id'),
    payload: jsonb('payload').notNull().default({}),
    status: text('status').notNull().default('pending'),
    runAt: ts('run_at').notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedBy: text('locked_by'),
    lockedUntil: ts('locked_until'),
    lastError: text('last_error'),
    uniqueKey: text('unique_key'),
    createdAt: ts('created_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    index('jobs_due_idx').on(t.runAt).where(sql`${t.finishedAt} is null`),
    uniqueIndex('jobs_unique_key').on(t.uniqueKey),
  ],
);

/** Stored answers to POSTs sent with an Idempotency-Key, replayed for 24 hours. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    body: text('body'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_created_idx').on(t.createdAt)],
);

/** Fixed-window counters for rate limits, shared by every server instance. */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    windowStart: ts('window_start').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] })],
);
