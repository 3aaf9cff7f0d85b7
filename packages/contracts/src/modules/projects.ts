import { type Static, Type } from 'typebox';
import { DateOnlySchema, IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';
import { PageQuerySchema } from '../common/pagination.ts';
import { CustomFieldValuesSchema, PersonRefSchema } from '../common/people.ts';

export const PROJECT_STATUSES = ['planning', 'active', 'on_hold', 'completed', 'archived'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const ProjectStatusSchema = Type.Enum(PROJECT_STATUSES);

export const PROJECT_VISIBILITIES = ['org', 'private'] as const;
export const ProjectVisibilitySchema = Type.Enum(PROJECT_VISIBILITIES);

export const STATUS_CATEGORIES = ['todo', 'in_progress', 'done'] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];
export const StatusCategorySchema = Type.Enum(STATUS_CATEGORIES);

export const ProjectRoleSchema = Type.Enum(['lead', 'member', 'viewer']);

export const ColorSchema = Type.String({ pattern: '^#[0-9a-fA-F]{6}$' });
/** Project keys: 2–10 capital letters or digits, starting with a letter (`SALES`, `KA2026`). */
export const ProjectKeySchema = Type.String({ pattern: '^[A-Z][A-Z0-9]{1,9}$' });

/** A task status of one project: a board column. */
export const TaskStatusSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  category: StatusCategorySchema,
  position: Type.Integer(),
  color: Type.String(),
  wipLimit: Type.Union([Type.Integer(), Type.Null()]),
  version: Type.Integer(),
});
export type TaskStatus = Static<typeof TaskStatusSchema>;

export const ProjectAbilitiesSchema = Type.Object({
  update: Type.Boolean(),
  delete: Type.Boolean(),
  archive: Type.Boolean(),
  manageMembers: Type.Boolean(),
  manageStatuses: Type.Boolean(),
  createTask: Type.Boolean(),
  editTasks: Type.Boolean(),
  comment: Type.Boolean(),
});

export const ProjectSchema = Type.Object({
  id: IdSchema,
  key: Type.String(),
  name: Type.String(),
  description: Type.String(),
  status: ProjectStatusSchema,
  visibility: ProjectVisibilitySchema,
  lead: Type.Union([PersonRefSchema, Type.Null()]),
  startDate: Type.Union([DateOnlySchema, Type.Null()]),
  endDate: Type.Union([DateOnlySchema, Type.Null()]),
  color: Type.String(),
  customerId: Type.Union([IdSchema, Type.Null()]),
  dealId: Type.Union([IdSchema, Type.Null()]),
  customFields: CustomFieldValuesSchema,
  statuses: Type.Array(TaskStatusSchema),
  /** The actor's project role, or null when they see it through their organisation role. */
  myRole: Type.Union([ProjectRoleSchema, Type.Null()]),
  memberCount: Type.Integer(),
  taskCounts: Type.Object({ total: Type.Integer(), done: Type.Integer(), overdue: Type.Integer() }),
  archivedAt: Type.Union([InstantSchema, Type.Null()]),
  deletedAt: Type.Union([InstantSchema, Type.Null()]),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: Type.Integer(),
  abilities: ProjectAbilitiesSchema,
});
export type Project = Static<typeof ProjectSchema>;
export const ProjectListSchema = Type.Object({
  items: Type.Array(ProjectSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const ListProjectsQuerySchema = Type.Interface([PageQuerySchema], {
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Name or key contains' })),
  status: Type.Optional(ProjectStatusSchema),
  /** `true`: only projects the actor is a member of. */
  mine: Type.Optional(Type.Boolean()),
  /** `true`: the trash (admins): deleted projects restorable for 30 days. */
  deleted: Type.Optional(Type.Boolean()),
  leadId: Type.Optional(IdSchema),
  customerId: Type.Optional(IdSchema),
  sort: Type.Optional(
    Type.Enum(['name', '-name', 'key', 'createdAt', '-createdAt', 'endDate', '-endDate', 'updatedAt', '-updatedAt']),
  ),
});
export type ListProjectsQuery = Static<typeof ListProjectsQuerySchema>;

const ProjectFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  description: Type.String({ maxLength: 20000 }),
  status: ProjectStatusSchema,
  visibility: ProjectVisibilitySchema,
  leadId: Type.Union([IdSchema, Type.Null()]),
  startDate: Type.Union([DateOnlySchema, Type.Null()]),
  endDate: Type.Union([DateOnlySchema, Type.Null()]),
  color: ColorSchema,
  customerId: Type.Union([IdSchema, Type.Null()]),
  dealId: Type.Union([IdSchema, Type.Null()]),
  customFields: CustomFieldValuesSchema,
};

export const CreateProjectBodySchema = Type.Object({
  key: ProjectKeySchema,
  name: ProjectFields.name,
  description: Type.Optional(ProjectFields.description),
  status: Type.Optional(ProjectFields.status),
  visibility: Type.Optional(ProjectFields.visibility),
  leadId: Type.Optional(ProjectFields.leadId),
  startDate: Type.Optional(ProjectFields.startDate),
  endDate: Type.Optional(ProjectFields.endDate),
  color: Type.Optional(ProjectFields.color),
  customerId: Type.Optional(ProjectFields.customerId),
  dealId: Type.Optional(ProjectFields.dealId),
  customFields: Type.Optional(ProjectFields.customFields),
  /** A built-in template's id (`builtin:product-launch`…) or an organisation template's id. */
  templateId: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  /** Where the template's relative dates start; defaults to the project's start date, else today. */
  templateStartDate: Type.Optional(DateOnlySchema),
});
export type CreateProjectBody = Static<typeof CreateProjectBodySchema>;

export const UpdateProjectBodySchema = Type.Object({
  key: Type.Optional(ProjectKeySchema),
  name: Type.Optional(ProjectFields.name),
  description: Type.Optional(ProjectFields.description),
  status: Type.Optional(Type.Enum(['planning', 'active', 'on_hold', 'completed'])),
  visibility: Type.Optional(ProjectFields.visibility),
  leadId: Type.Optional(ProjectFields.leadId),
  startDate: Type.Optional(ProjectFields.startDate),
  endDate: Type.Optional(ProjectFields.endDate),
  color: Type.Optional(ProjectFields.color),
  customerId: Type.Optional(ProjectFields.customerId),
  dealId: Type.Optional(ProjectFields.dealId),
  customFields: Type.Optional(ProjectFields.customFields),
  version: Type.Optional(VersionSchema),
});
export type UpdateProjectBody = Static<typeof UpdateProjectBodySchema>;

export const ProjectMemberSchema = Type.Object({
  user: PersonRefSchema,
  role: ProjectRoleSchema,
  addedAt: InstantSchema,
});
export type ProjectMember = Static<typeof ProjectMemberSchema>;
export const ProjectMemberListSchema = Type.Object({ items: Type.Array(ProjectMemberSchema) });
export const ProjectMemberParamsSchema = Type.Object({ id: IdSchema, userId: IdSchema });
export const PutProjectMemberBodySchema = Type.Object({ role: ProjectRoleSchema });

export const CreateTaskStatusBodySchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 40 }),
  category: StatusCategorySchema,
  color: Type.Optional(ColorSchema),
  wipLimit: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 999 }), Type.Null()])),
  /** Insert at this position (0-based); at the end when omitted. */
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
});
export const UpdateTaskStatusBodySchema = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  category: Type.Optional(StatusCategorySchema),
  color: Type.Optional(ColorSchema),
  wipLimit: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 999 }), Type.Null()])),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  version: Type.Optional(VersionSchema),
});
export const TaskStatusParamsSchema = Type.Object({ id: IdSchema, statusId: IdSchema });
/** Deleting a status moves its tasks to another status of the project. */
export const DeleteTaskStatusQuerySchema = Type.Object({
  /** Where the status's tasks go: another status of the same project (required; 422 when missing). */
  moveTo: Type.Optional(IdSchema),
});

/** One task of a template: dates are working-day offsets from the project's start. */
export const TemplateTaskSchema = Type.Object({
  ref: Type.String({ minLength: 1, maxLength: 40 }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  parentRef: Type.Optional(Type.String({ maxLength: 40 })),
  startOffsetDays: Type.Integer({ minimum: 0, maximum: 3650 }),
  durationDays: Type.Integer({ minimum: 0, maximum: 3650 }),
  estimateHours: Type.Optional(Type.Number({ minimum: 0, maximum: 10000 })),
  priority: Type.Optional(Type.Enum(['urgent', 'high', 'medium', 'low'])),
  isMilestone: Type.Optional(Type.Boolean()),
  dependsOn: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
});
export const TemplateContentSchema = Type.Object({
  statuses: Type.Array(
    Type.Object({ name: Type.String({ minLength: 1, maxLength: 40 }), category: StatusCategorySchema }),
    { minItems: 1, maxItems: 30 },
  ),
  tasks: Type.Array(TemplateTaskSchema, { maxItems: 500 }),
});
export type TemplateContent = Static<typeof TemplateContentSchema>;

export const ProjectTemplateSchema = Type.Object({
  /** `builtin:<slug>` for the templates Meridian ships, a UUID for the organisation's own. */
  id: Type.String(),
  isBuiltIn: Type.Boolean(),
  name: Type.String(),
  description: Type.String(),
  phaseCount: Type.Integer(),
  taskCount: Type.Integer(),
  durationDays: Type.Integer(),
  content: TemplateContentSchema,
  createdAt: Type.Union([InstantSchema, Type.Null()]),
  abilities: Type.Object({ delete: Type.Boolean() }),
});
export type ProjectTemplate = Static<typeof ProjectTemplateSchema>;
export const ProjectTemplateListSchema = Type.Object({ items: Type.Array(ProjectTemplateSchema) });
export const SaveProjectAsTemplateBodySchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
});
export const TemplateParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 60 }) });
