import { type Static, Type } from 'typebox';
import { DateOnlySchema, IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';
import { CursorSchema, LimitSchema } from '../common/pagination.ts';
import { CustomFieldValuesSchema, PersonRefSchema } from '../common/people.ts';
import { StatusCategorySchema } from './projects.ts';

export const TASK_PRIORITIES = ['urgent', 'high', 'medium', 'low'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export const TaskPrioritySchema = Type.Enum(TASK_PRIORITIES);

export const DEPENDENCY_TYPES = ['fs', 'ss', 'ff', 'sf'] as const;
export type DependencyType = (typeof DEPENDENCY_TYPES)[number];
export const DependencyTypeSchema = Type.Enum(DEPENDENCY_TYPES);

/** Repeats a task: the next one is created when this one is done or falls due. */
export const RecurrenceSchema = Type.Object({
  frequency: Type.Enum(['daily', 'weekly', 'monthly']),
  interval: Type.Integer({ minimum: 1, maximum: 52 }),
  /** Weekly only: ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7 })),
  /** Monthly only: day of the month (a shorter month uses its last day). */
  dayOfMonth: Type.Optional(Type.Integer({ minimum: 1, maximum: 31 })),
  workingDaysOnly: Type.Boolean(),
  /** No occurrence after this date. */
  until: Type.Optional(Type.Union([DateOnlySchema, Type.Null()])),
});
export type Recurrence = Static<typeof RecurrenceSchema>;

export const TaskStatusRefSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  category: StatusCategorySchema,
  color: Type.String(),
});

export const TaskAbilitiesSchema = Type.Object({
  update: Type.Boolean(),
  delete: Type.Boolean(),
  comment: Type.Boolean(),
  logTime: Type.Boolean(),
});

/** A task as lists, boards and calendars show it. */
export const TaskSchema = Type.Object({
  id: IdSchema,
  key: Type.String({ description: 'Project key and number, e.g. SALES-42' }),
  number: Type.Integer(),
  projectId: IdSchema,
  title: Type.String(),
  status: TaskStatusRefSchema,
  priority: TaskPrioritySchema,
  assignee: Type.Union([PersonRefSchema, Type.Null()]),
  startDate: Type.Union([DateOnlySchema, Type.Null()]),
  dueDate: Type.Union([DateOnlySchema, Type.Null()]),
  estimateHours: Type.Union([Type.Number(), Type.Null()]),
  loggedHours: Type.Number(),
  parentId: Type.Union([IdSchema, Type.Null()]),
  subtaskCounts: Type.Object({ total: Type.Integer(), done: Type.Integer() }),
  checklistCounts: Type.Object({ total: Type.Integer(), done: Type.Integer() }),
  commentCount: Type.Integer(),
  isMilestone: Type.Boolean(),
  isBlocked: Type.Boolean(),
  blockedReason: Type.String(),
  labelIds: Type.Array(IdSchema),
  rank: Type.String(),
  customerId: Type.Union([IdSchema, Type.Null()]),
  dealId: Type.Union([IdSchema, Type.Null()]),
  customFields: CustomFieldValuesSchema,
  recurrence: Type.Union([RecurrenceSchema, Type.Null()]),
  completedAt: Type.Union([InstantSchema, Type.Null()]),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: Type.Integer(),
  abilities: TaskAbilitiesSchema,
});
export type Task = Static<typeof TaskSchema>;

export const ChecklistItemSchema = Type.Object({
  id: IdSchema,
  title: Type.String(),
  isDone: Type.Boolean(),
  rank: Type.String(),
});
export type ChecklistItem = Static<typeof ChecklistItemSchema>;

/** One task with everything its drawer or page shows at once. */
export const TaskDetailSchema = Type.Interface([TaskSchema], {
  description: Type.String(),
  projectKey: Type.String(),
  projectName: Type.String(),
  reporter: Type.Union([PersonRefSchema, Type.Null()]),
  parent: Type.Union([Type.Object({ id: IdSchema, key: Type.String(), title: Type.String() }), Type.Null()]),
  watchers: Type.Array(PersonRefSchema),
  isWatching: Type.Boolean(),
  checklist: Type.Array(ChecklistItemSchema),
});
export type TaskDetail = Static<typeof TaskDetailSchema>;

export const TaskListSchema = Type.Object({
  items: Type.Array(TaskSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  /** How many tasks match the filters (all pages), counted up to 10,000. */
  total: Type.Integer(),
  /** True when more than `total` tasks match: the count stops at 10,000 to stay fast. */
  totalCapped: Type.Optional(Type.Boolean()),
});
export type TaskList = Static<typeof TaskListSchema>;

export const TASK_SORTS = [
  'rank',
  'key',
  '-key',
  'title',
  '-title',
  'dueDate',
  '-dueDate',
  'startDate',
  '-startDate',
  'priority',
  '-priority',
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'status',
  '-status',
  'assignee',
  '-assignee',
] as const;
export const TaskSortSchema = Type.Enum(TASK_SORTS);

const csvOf = (item: string, description: string) =>
  Type.String({ pattern: `^(${item})(,(${item}))*$`, maxLength: 2000, description });
const UUID_RE = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Filters combine with AND; comma-separated values within one filter combine with OR. */
export const ListTasksQuerySchema = Type.Object({
  limit: Type.Optional(LimitSchema),
  cursor: Type.Optional(CursorSchema),
  projectId: Type.Optional(csvOf(UUID_RE, 'One or more project ids')),
  statusId: Type.Optional(csvOf(UUID_RE, 'One or more status ids')),
  statusCategory: Type.Optional(csvOf('todo|in_progress|done', 'todo, in_progress, done')),
  priority: Type.Optional(csvOf('urgent|high|medium|low', 'One or more priorities')),
  assigneeId: Type.Optional(csvOf(`${UUID_RE}|me|none`, 'User ids, `me` or `none`')),
  labelId: Type.Optional(csvOf(UUID_RE, 'Has any of these labels')),
  parentId: Type.Optional(Type.Union([IdSchema, Type.Literal('none')])),
  dueFrom: Type.Optional(DateOnlySchema),
  dueTo: Type.Optional(DateOnlySchema),
  isBlocked: Type.Optional(Type.Boolean()),
  isMilestone: Type.Optional(Type.Boolean()),
  watching: Type.Optional(Type.Boolean()),
  customerId: Type.Optional(IdSchema),
  dealId: Type.Optional(IdSchema),
  /** Custom field filter `<fieldId>:<value>` (equality; text fields match contains). */
  customField: Type.Optional(Type.String({ maxLength: 300, pattern: `^${UUID_RE}:.+$` })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Key, title or description contains' })),
  /** `true`: the trash (deleted tasks, restorable for 30 days). */
  deleted: Type.Optional(Type.Boolean()),
  sort: Type.Optional(TaskSortSchema),
});
export type ListTasksQuery = Static<typeof ListTasksQuerySchema>;

const TaskFields = {
  title: Type.String({ minLength: 1, maxLength: 500 }),
  description: Type.String({ maxLength: 50000 }),
  statusId: IdSchema,
  priority: TaskPrioritySchema,
  assigneeId: Type.Union([IdSchema, Type.Null()]),
  startDate: Type.Union([DateOnlySchema, Type.Null()]),
  dueDate: Type.Union([DateOnlySchema, Type.Null()]),
  estimateHours: Type.Union([Type.Number({ minimum: 0, maximum: 10000, multipleOf: 0.25 }), Type.Null()]),
  parentId: Type.Union([IdSchema, Type.Null()]),
  isMilestone: Type.Boolean(),
  labelIds: Type.Array(IdSchema, { maxItems: 20, uniqueItems: true }),
  customerId: Type.Union([IdSchema, Type.Null()]),
  dealId: Type.Union([IdSchema, Type.Null()]),
  customFields: CustomFieldValuesSchema,
  recurrence: Type.Union([RecurrenceSchema, Type.Null()]),
  watcherIds: Type.Array(IdSchema, { maxItems: 50, uniqueItems: true }),
};

export const CreateTaskBodySchema = Type.Object({
  projectId: IdSchema,
  title: TaskFields.title,
  description: Type.Optional(TaskFields.description),
  /** Defaults to the project's first "to do" status. */
  statusId: Type.Optional(TaskFields.statusId),
  priority: Type.Optional(TaskFields.priority),
  assigneeId: Type.Optional(TaskFields.assigneeId),
  startDate: Type.Optional(TaskFields.startDate),
  dueDate: Type.Optional(TaskFields.dueDate),
  estimateHours: Type.Optional(TaskFields.estimateHours),
  parentId: Type.Optional(TaskFields.parentId),
  isMilestone: Type.Optional(TaskFields.isMilestone),
  labelIds: Type.Optional(TaskFields.labelIds),
  customerId: Type.Optional(TaskFields.customerId),
  dealId: Type.Optional(TaskFields.dealId),
  customFields: Type.Optional(TaskFields.customFields),
  recurrence: Type.Optional(TaskFields.recurrence),
  watcherIds: Type.Optional(TaskFields.watcherIds),
});
export type CreateTaskBody = Static<typeof CreateTaskBodySchema>;

export const UpdateTaskBodySchema = Type.Object({
  title: Type.Optional(TaskFields.title),
  description: Type.Optional(TaskFields.description),
  statusId: Type.Optional(TaskFields.statusId),
  priority: Type.Optional(TaskFields.priority),
  assigneeId: Type.Optional(TaskFields.assigneeId),
  startDate: Type.Optional(TaskFields.startDate),
  dueDate: Type.Optional(TaskFields.dueDate),
  estimateHours: Type.Optional(TaskFields.estimateHours),
  parentId: Type.Optional(TaskFields.parentId),
  isMilestone: Type.Optional(TaskFields.isMilestone),
  labelIds: Type.Optional(TaskFields.labelIds),
  customerId: Type.Optional(TaskFields.customerId),
  dealId: Type.Optional(TaskFields.dealId),
  customFields: Type.Optional(TaskFields.customFields),
  recurrence: Type.Optional(TaskFields.recurrence),
  /** Posted to the activity and sent to watchers when this update finishes the task. */
  completionNote: Type.Optional(Type.String({ maxLength: 5000 })),
  version: Type.Optional(VersionSchema),
});
export type UpdateTaskBody = Static<typeof UpdateTaskBodySchema>;

export const SetTaskBlockedBodySchema = Type.Object({
  isBlocked: Type.Boolean(),
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
  version: Type.Optional(VersionSchema),
});
export type SetTaskBlockedBody = Static<typeof SetTaskBlockedBodySchema>;

/** Moves a card on the board: to another column and/or between two neighbours. */
export const MoveTaskBodySchema = Type.Object({
  statusId: Type.Optional(IdSchema),
  /** Board grouped by assignee: the column's person, or null for "unassigned". */
  assigneeId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
  /** Board grouped by priority. */
  priority: Type.Optional(TaskPrioritySchema),
  /** The card that will be just above this one, or null for the top of the column. */
  afterId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
  /** The card that will be just below this one, or null for the bottom. */
  beforeId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
  version: Type.Optional(VersionSchema),
});
export type MoveTaskBody = Static<typeof MoveTaskBodySchema>;

/** A moved task, with the undo of the move (ten seconds). */
export const MoveTaskResultSchema = Type.Interface([TaskSchema], {
  undoId: IdSchema,
  expiresAt: InstantSchema,
});
export type MoveTaskResult = Static<typeof MoveTaskResultSchema>;

/** What an applied undo took back: its kind and the records restored. */
export const UndoResultSchema = Type.Object({
  kind: Type.String(),
  ids: Type.Array(IdSchema),
});
export type UndoResult = Static<typeof UndoResultSchema>;

export const BoardQuerySchema = Type.Object({
  groupBy: Type.Optional(Type.Enum(['status', 'assignee', 'priority'])),
  assigneeId: Type.Optional(csvOf(`${UUID_RE}|me|none`, 'User ids, `me` or `none`')),
  priority: Type.Optional(csvOf('urgent|high|medium|low', 'One or more priorities')),
  labelId: Type.Optional(csvOf(UUID_RE, 'Has any of these labels')),
  q: Type.Optional(Type.String({ maxLength: 200 })),
});
export const BoardColumnSchema = Type.Object({
  /** Status id, user id (or `none`), or priority, depending on the grouping. */
  key: Type.String(),
  name: Type.String(),
  category: Type.Union([StatusCategorySchema, Type.Null()]),
  color: Type.Union([Type.String(), Type.Null()]),
  wipLimit: Type.Union([Type.Integer(), Type.Null()]),
  count: Type.Integer(),
  tasks: Type.Array(TaskSchema),
});
export const BoardSchema = Type.Object({
  projectId: IdSchema,
  groupBy: Type.Enum(['status', 'assignee', 'priority']),
  columns: Type.Array(BoardColumnSchema),
});
export type Board = Static<typeof BoardSchema>;
export type BoardColumn = Static<typeof BoardColumnSchema>;
export type BoardQuery = Static<typeof BoardQuerySchema>;

export const BulkTaskPatchSchema = Type.Object({
  statusId: Type.Optional(IdSchema),
  assigneeId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
  priority: Type.Optional(TaskPrioritySchema),
  dueDate: Type.Optional(Type.Union([DateOnlySchema, Type.Null()])),
  addLabelIds: Type.Optional(Type.Array(IdSchema, { maxItems: 20, uniqueItems: true })),
  removeLabelIds: Type.Optional(Type.Array(IdSchema, { maxItems: 20, uniqueItems: true })),
});
export const BulkTasksBodySchema = Type.Object({
  ids: Type.Array(IdSchema, { minItems: 1, maxItems: 500, uniqueItems: true }),
  action: Type.Enum(['update', 'delete']),
  patch: Type.Optional(BulkTaskPatchSchema),
});
export type BulkTasksBody = Static<typeof BulkTasksBodySchema>;
export type BulkTaskPatch = Static<typeof BulkTaskPatchSchema>;
export const BulkTasksResultSchema = Type.Object({
  results: Type.Array(
    Type.Object({ id: IdSchema, ok: Type.Boolean(), code: Type.Union([Type.String(), Type.Null()]) }),
  ),
  undoId: Type.Union([IdSchema, Type.Null()]),
  expiresAt: Type.Union([InstantSchema, Type.Null()]),
});

export type BulkTasksResult = Static<typeof BulkTasksResultSchema>;

export const MyWorkSchema = Type.Object({
  overdue: Type.Array(TaskSchema),
  today: Type.Array(TaskSchema),
  thisWeek: Type.Array(TaskSchema),
  later: Type.Array(TaskSchema),
  noDueDate: Type.Array(TaskSchema),
  /** Tasks I reported or watch that someone else holds, still open. */
  waitingOnOthers: Type.Array(TaskSchema),
});
export type MyWork = Static<typeof MyWorkSchema>;

export const TaskKeyParamsSchema = Type.Object({
  key: Type.String({ pattern: '^[A-Z][A-Z0-9]{1,9}-[0-9]{1,9}$' }),
});

export const DependencySchema = Type.Object({
  id: IdSchema,
  type: DependencyTypeSchema,
  lagDays: Type.Integer(),
  predecessor: Type.Object({
    id: IdSchema,
    key: Type.String(),
    title: Type.String(),
    statusCategory: StatusCategorySchema,
  }),
  successor: Type.Object({
    id: IdSchema,
    key: Type.String(),
    title: Type.String(),
    statusCategory: StatusCategorySchema,
  }),
});
export type Dependency = Static<typeof DependencySchema>;
export const DependencyListSchema = Type.Object({
  predecessors: Type.Array(DependencySchema),
  successors: Type.Array(DependencySchema),
});
export const CreateDependencyBodySchema = Type.Object({
  /** The task this one depends on (it comes first). */
  predecessorId: IdSchema,
  type: Type.Optional(DependencyTypeSchema),
  lagDays: Type.Optional(Type.Integer({ minimum: -365, maximum: 365 })),
});
export const DependencyParamsSchema = Type.Object({ id: IdSchema, dependencyId: IdSchema });

export const TimeEntrySchema = Type.Object({
  id: IdSchema,
  taskId: IdSchema,
  user: PersonRefSchema,
  day: DateOnlySchema,
  hours: Type.Number(),
  note: Type.String(),
  createdAt: InstantSchema,
  abilities: Type.Object({ delete: Type.Boolean() }),
});
export const TimeEntryListSchema = Type.Object({
  items: Type.Array(TimeEntrySchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export const CreateTimeEntryBodySchema = Type.Object({
  day: DateOnlySchema,
  hours: Type.Number({ exclusiveMinimum: 0, maximum: 24, multipleOf: 0.25 }),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export const TimeEntryParamsSchema = Type.Object({ id: IdSchema, entryId: IdSchema });

export const CreateChecklistItemBodySchema = Type.Object({ title: Type.String({ minLength: 1, maxLength: 300 }) });
export const UpdateChecklistItemBodySchema = Type.Object({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  isDone: Type.Optional(Type.Boolean()),
  afterId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
});
export const TaskWatcherParamsSchema = Type.Object({ id: IdSchema, userId: IdSchema });
export const ChecklistItemParamsSchema = Type.Object({ id: IdSchema, itemId: IdSchema });

export const AttachmentSchema = Type.Object({
  id: IdSchema,
  taskId: IdSchema,
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  uploadedBy: Type.Union([PersonRefSchema, Type.Null()]),
  createdAt: InstantSchema,
  abilities: Type.Object({ delete: Type.Boolean() }),
});
export const AttachmentListSchema = Type.Object({ items: Type.Array(AttachmentSchema) });
export const AttachmentParamsSchema = Type.Object({ id: IdSchema, attachmentId: IdSchema });

export type DependencyList = Static<typeof DependencyListSchema>;
export type CreateDependencyBody = Static<typeof CreateDependencyBodySchema>;
export type TimeEntry = Static<typeof TimeEntrySchema>;
export type TimeEntryList = Static<typeof TimeEntryListSchema>;
export type CreateTimeEntryBody = Static<typeof CreateTimeEntryBodySchema>;
export type Attachment = Static<typeof AttachmentSchema>;
export type AttachmentList = Static<typeof AttachmentListSchema>;
export type CreateChecklistItemBody = Static<typeof CreateChecklistItemBodySchema>;
export type UpdateChecklistItemBody = Static<typeof UpdateChecklistItemBodySchema>;
