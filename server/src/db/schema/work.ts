import { sql } from 'drizzle-orm';
import {
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
 * A project: a sales push with its own task statuses and members. `key` prefixes task keys
 * (`SALES-42`) and stays reserved while the project is in the trash, so a restore never clashes.
 */
export const projects = pgTable(
  'projects',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').notNull().default('planning'),
    /** `org`: every member of the organisation but guests may look; `private`: project members only. */
    visibility: text('visibility').notNull().default('org'),
    leadId: uuid('lead_id'),
    startDate: day('start_date'),
    endDate: day('end_date'),
    color: text('color').notNull().default('#1677ff'),
    customerId: uuid('customer_id'),
    dealId: uuid('deal_id'),
    customFields: jsonb('custom_fields').notNull().default({}),
    /** The number the next task gets; bumped in the task's transaction (row lock). */
    nextTaskNumber: integer('next_task_number').notNull().default(1),
    searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
    archivedAt: ts('archived_at'),
    statusBeforeArchive: text('status_before_archive'),
    deletedAt: ts('deleted_at'),
    deletedBy: uuid('deleted_by'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: createdAt('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('projects_org_key_key').on(t.orgId, t.key),
    index('projects_org_name_idx').on(t.orgId, t.name, t.id),
    index('projects_org_deleted_idx').on(t.orgId, t.deletedAt),
    index('projects_search_terms_idx').using('gin', t.searchTerms),
  ],
);

/** Who works on a project and in which project role (`lead`, `member`, `viewer`). */
export const projectMembers = pgTable(
  'project_members',
  {
    orgId: uuid('org_id').notNull(),
    projectId: uuid('project_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    addedAt: createdAt('added_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.projectId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.projectId], foreignColumns: [projects.orgId, projects.id] }).onDelete('cascade'),
    index('project_members_user_idx').on(t.orgId, t.userId),
  ],
);

/** A project's task statuses, the columns of its board, each in a category. */
export const projectStatuses = pgTable(
  'project_statuses',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    name: text('name').notNull(),
    /** `todo`, `in_progress` or `done`. */
    category: text('category').notNull(),
    position: integer('position').notNull(),
    color: text('color').notNull().default('#8c8c8c'),
    wipLimit: integer('wip_limit'),
    createdAt: createdAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.projectId], foreignColumns: [projects.orgId, projects.id] }).onDelete('cascade'),
    index('project_statuses_project_idx').on(t.orgId, t.projectId, t.position),
  ],
);

/** An organisation's own project templates ("save this project as a template"); built-ins live in code. */
export const projectTemplates = pgTable(
  'project_templates',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Statuses, phases and tasks with relative day offsets, estimates and dependencies. */
    content: jsonb('content').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: createdAt('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index('project_templates_org_name_idx').on(t.orgId, t.name)],
);

/**
 * A task. `rank` is a fractional-index key (compared byte-wise: `collate "C"`) that orders the
 * task inside its board column without renumbering its neighbours. `status_category` mirrors the
 * category of `status_id` so that "open" and "done" filters need no join.
 */
export const tasks = pgTable(
  'tasks',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    statusId: uuid('status_id').notNull(),
    statusCategory: text('status_category').notNull(),
    priority: text('priority').notNull().default('medium'),
    assigneeId: uuid('assignee_id'),
    reporterId: uuid('reporter_id'),
    startDate: day('start_date'),
    dueDate: day('due_date'),
    estimateMinutes: integer('estimate_minutes'),
    /** Sum of the task's time entries, kept in the time entry's transaction. */
    loggedMinutes: integer('logged_minutes').notNull().default(0),
    parentId: uuid('parent_id'),
    isMilestone: boolean('is_milestone').notNull().default(false),
    isBlocked: boolean('is_blocked').notNull().default(false),
    blockedReason: text('blocked_reason').notNull().default(''),
    labelIds: uuid('label_ids').array().notNull().default(sql`'{}'::uuid[]`),
    rank: text('rank').notNull(),
    customerId: uuid('customer_id'),
    dealId: uuid('deal_id'),
    customFields: jsonb('custom_fields').notNull().default({}),
    /** `{ frequency, interval, weekdays, dayOfMonth, workingDaysOnly }` or null. */
    recurrence: jsonb('recurrence'),
    /** The occurrence created from this one, so that the recurrence job creates it once. */
    nextOccurrenceId: uuid('next_occurrence_id'),
    searchTerms: text('search_terms').array().notNull().default(sql`'{}'::text[]`),
    completedAt: ts('completed_at'),
    deletedAt: ts('deleted_at'),
    deletedBy: uuid('deleted_by'),
    createdAt: createdAt(),
    updatedAt: createdAt('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.projectId], foreignColumns: [projects.orgId, projects.id] }),
    foreignKey({ columns: [t.orgId, t.statusId], foreignColumns: [projectStatuses.orgId, projectStatuses.id] }),
    unique('tasks_project_number_key').on(t.orgId, t.projectId, t.number),
    index('tasks_board_idx').on(t.orgId, t.projectId, t.statusId, sql`${t.rank} collate "C"`),
    index('tasks_project_updated_idx').on(t.orgId, t.projectId, t.updatedAt, t.id),
    // Organisation-wide lists ("my tasks", saved views across projects) sorted by these.
    index('tasks_org_updated_idx').on(t.orgId, t.updatedAt, t.id),
    index('tasks_org_due_idx').on(t.orgId, t.dueDate, t.id),
    // The list's priority sort orders by this expression (urgent first); see tasks/queries/list.ts.
    index('tasks_org_priority_idx').on(
      t.orgId,
      sql`(case ${t.priority} when 'urgent' then 0 when 'high' then 1 when 'medium' then 2 else 3 end)`,
      t.id,
    ),
    index('tasks_project_due_idx').on(t.orgId, t.projectId, t.dueDate, t.id),
    index('tasks_assignee_due_idx').on(t.orgId, t.assigneeId, t.statusCategory, t.dueDate),
    index('tasks_parent_idx').on(t.orgId, t.parentId),
    index('tasks_org_due_open_idx')
      .on(t.orgId, t.dueDate)
      .where(sql`${t.deletedAt} is null and ${t.statusCategory} <> 'done'`),
    index('tasks_labels_idx').using('gin', t.labelIds),
    index('tasks_search_terms_idx').using('gin', t.searchTerms),
  ],
);

/** People who follow a task and hear of its comments and completion. */
export const taskWatchers = pgTable(
  'task_watchers',
  {
    orgId: uuid('org_id').notNull(),
    taskId: uuid('task_id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.taskId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.taskId], foreignColumns: [tasks.orgId, tasks.id] }).onDelete('cascade'),
    index('task_watchers_user_idx').on(t.orgId, t.userId),
  ],
);

/** Labels of a project, or of the whole organisation when `project_id` is null. */
export const labels = pgTable(
  'labels',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    projectId: uuid('project_id'),
    name: text('name').notNull(),
    color: text('color').notNull().default('#1677ff'),
    createdAt: createdAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('labels_project_name_key').on(t.orgId, t.projectId, t.name).nullsNotDistinct(),
  ],
);

export const checklistItems = pgTable(
  'checklist_items',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    taskId: uuid('task_id').notNull(),
    title: text('title').notNull(),
    isDone: boolean('is_done').notNull().default(false),
    rank: text('rank').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.taskId], foreignColumns: [tasks.orgId, tasks.id] }).onDelete('cascade'),
    index('checklist_items_task_idx').on(t.orgId, t.taskId),
  ],
);

/** `predecessor` → `successor` with a type (`fs`, `ss`, `ff`, `sf`) and a lag in days. */
export const taskDependencies = pgTable(
  'task_dependencies',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    predecessorId: uuid('predecessor_id').notNull(),
    successorId: uuid('successor_id').notNull(),
    type: text('type').notNull().default('fs'),
    lagDays: integer('lag_days').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('task_dependencies_pair_key').on(t.orgId, t.predecessorId, t.successorId),
    foreignKey({ columns: [t.orgId, t.predecessorId], foreignColumns: [tasks.orgId, tasks.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.successorId], foreignColumns: [tasks.orgId, tasks.id] }).onDelete('cascade'),
    index('task_dependencies_successor_idx').on(t.orgId, t.successorId),
    index('task_dependencies_project_idx').on(t.orgId, t.projectId),
  ],
);

export const timeEntries = pgTable(
  'time_entries',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    taskId: uuid('task_id').notNull(),
    userId: uuid('user_id').notNull(),
    day: day('day').notNull(),
    minutes: integer('minutes').notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.taskId], foreignColumns: [tasks.orgId, tasks.id] }).onDelete('cascade'),
    index('time_entries_task_idx').on(t.orgId, t.taskId, t.day),
    index('time_entries_user_day_idx').on(t.orgId, t.userId, t.day),
  ],
);

/** A file attached to a task; the bytes live under DATA_DIR/files/<org>/<storage_key>. */
export const attachments = pgTable(
  'attachments',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    taskId: uuid('task_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.taskId], foreignColumns: [tasks.orgId, tasks.id] }).onDelete('cascade'),
    index('attachments_task_idx').on(t.orgId, t.taskId),
  ],
);

/**
 * Custom fields an organisation adds to its records. `entity` is `project`, `task`, `customer`,
 * `contact` or `deal`; values live in the record's `custom_fields` JSON keyed by the field's id.
 */
export const customFieldDefinitions = pgTable(
  'custom_field_definitions',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: uuid('id').notNull(),
    entity: text('entity').notNull(),
    name: text('name').notNull(),
    /** `text`, `number`, `date`, `select` or `member`. */
    type: text('type').notNull(),
    options: jsonb('options').notNull().default([]),
    isRequired: boolean('is_required').notNull().default(false),
    position: integer('position').notNull().default(0),
    archivedAt: ts('archived_at'),
    createdAt: createdAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('custom_field_definitions_name_key').on(t.orgId, t.entity, t.name),
  ],
);

/** Named filters and view settings, personal or shared with a project. */
export const savedViews = pgTable(
  'saved_views',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id'),
    ownerId: uuid('owner_id').notNull(),
    name: text('name').notNull(),
    /** `list`, `board` or `calendar`. */
    kind: text('kind').notNull(),
    isShared: boolean('is_shared').notNull().default(false),
    config: jsonb('config').notNull().default({}),
    createdAt: createdAt(),
    updatedAt: createdAt('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('saved_views_owner_idx').on(t.orgId, t.ownerId),
    index('saved_views_project_idx').on(t.orgId, t.projectId),
  ],
);

/**
 * What an undo needs: the records' state before a bulk edit, delete, archive or move, for
 * ten seconds, usable once, by the person who made the change.
 */
export const undoActions = pgTable(
  'undo_actions',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index('undo_actions_expires_idx').on(t.expiresAt)],
);

/** A comment on a task or a project (later on any record): Markdown with @mentions. */
export const comments = pgTable(
  'comments',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    mentionIds: uuid('mention_ids').array().notNull().default(sql`'{}'::uuid[]`),
    editedAt: ts('edited_at'),
    deletedAt: ts('deleted_at'),
    createdAt: createdAt(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('comments_target_idx').on(t.orgId, t.targetType, t.targetId, t.id),
  ],
);

export const commentReactions = pgTable(
  'comment_reactions',
  {
    orgId: uuid('org_id').notNull(),
    commentId: uuid('comment_id').notNull(),
    userId: uuid('user_id').notNull(),
    emoji: text('emoji').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.commentId, t.userId, t.emoji] }),
    foreignKey({ columns: [t.orgId, t.commentId], foreignColumns: [comments.orgId, comments.id] }).onDelete('cascade'),
  ],
);

/**
 * One notification for one person. The text is rendered by the reader's client from `kind` and
 * `data`, so it appears in the reader's language. `emailed_at` marks it as sent in a digest.
 */
export const notifications = pgTable(
  'notifications',
  {
    orgId: uuid('org_id').notNull(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id'),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    data: jsonb('data').notNull().default({}),
    /** Dedupes reminders: one "due tomorrow" per task and day. */
    dedupeKey: text('dedupe_key'),
    readAt: ts('read_at'),
    emailedAt: ts('emailed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('notifications_user_idx').on(t.orgId, t.userId, t.id),
    index('notifications_unread_idx').on(t.orgId, t.userId).where(sql`${t.readAt} is null`),
    uniqueIndex('notifications_dedupe_key').on(t.orgId, t.userId, t.dedupeKey),
    index('notifications_email_pending_idx').on(t.createdAt).where(sql`${t.emailedAt} is null`),
  ],
);

/** Per person and kind: which channels carry it. Absent rows mean the defaults. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    orgId: uuid('org_id').notNull(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    inApp: boolean('in_app').notNull().default(true),
    email: boolean('email').notNull().default(true),
    updatedAt: createdAt('updated_at'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId, t.kind] })],
);
