import { type Static, Type } from 'typebox';
import { IdSchema, InstantSchema, VersionSchema } from '../common/ids.ts';
import { PersonRefSchema } from '../common/people.ts';
import { TaskSortSchema } from './tasks.ts';

// Labels, custom fields, saved views and global search: the settings and tools around tasks.

export const LabelSchema = Type.Object({
  id: IdSchema,
  projectId: Type.Union([IdSchema, Type.Null()]),
  name: Type.String(),
  color: Type.String(),
  version: Type.Integer(),
});
export type Label = Static<typeof LabelSchema>;
export const LabelListSchema = Type.Object({ items: Type.Array(LabelSchema) });
export const ListLabelsQuerySchema = Type.Object({ projectId: Type.Optional(IdSchema) });
export const CreateLabelBodySchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 40 }),
  color: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
  projectId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
});
export const UpdateLabelBodySchema = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  color: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
  version: Type.Optional(VersionSchema),
});

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'select', 'member'] as const;
export const CUSTOM_FIELD_ENTITIES = ['project', 'task', 'customer', 'contact', 'deal'] as const;
export const CustomFieldOptionSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 40 }),
  label: Type.String({ minLength: 1, maxLength: 80 }),
  color: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
});
export const CustomFieldSchema = Type.Object({
  id: IdSchema,
  entity: Type.Enum(CUSTOM_FIELD_ENTITIES),
  name: Type.String(),
  type: Type.Enum(CUSTOM_FIELD_TYPES),
  options: Type.Array(CustomFieldOptionSchema),
  isRequired: Type.Boolean(),
  position: Type.Integer(),
  archivedAt: Type.Union([InstantSchema, Type.Null()]),
  version: Type.Integer(),
});
export type CustomField = Static<typeof CustomFieldSchema>;
export const CustomFieldListSchema = Type.Object({ items: Type.Array(CustomFieldSchema) });
export const ListCustomFieldsQuerySchema = Type.Object({
  entity: Type.Optional(Type.Enum(CUSTOM_FIELD_ENTITIES)),
  includeArchived: Type.Optional(Type.Boolean()),
});
export const CreateCustomFieldBodySchema = Type.Object({
  entity: Type.Enum(CUSTOM_FIELD_ENTITIES),
  name: Type.String({ minLength: 1, maxLength: 60 }),
  type: Type.Enum(CUSTOM_FIELD_TYPES),
  options: Type.Optional(Type.Array(CustomFieldOptionSchema, { maxItems: 100 })),
  isRequired: Type.Optional(Type.Boolean()),
});
export const UpdateCustomFieldBodySchema = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  options: Type.Optional(Type.Array(CustomFieldOptionSchema, { maxItems: 100 })),
  isRequired: Type.Optional(Type.Boolean()),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  archived: Type.Optional(Type.Boolean()),
  version: Type.Optional(VersionSchema),
});

export const SavedViewConfigSchema = Type.Object({
  filters: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 2000 })),
  sort: Type.Optional(TaskSortSchema),
  groupBy: Type.Optional(Type.Enum(['none', 'status', 'assignee', 'priority', 'label'])),
  columns: Type.Optional(Type.Array(Type.String({ maxLength: 60 }), { maxItems: 40 })),
  swimlanes: Type.Optional(Type.Enum(['none', 'assignee'])),
  calendarMode: Type.Optional(Type.Enum(['month', 'week'])),
});
export type SavedViewConfig = Static<typeof SavedViewConfigSchema>;
export const SavedViewSchema = Type.Object({
  id: IdSchema,
  projectId: Type.Union([IdSchema, Type.Null()]),
  owner: PersonRefSchema,
  name: Type.String(),
  kind: Type.Enum(['list', 'board', 'calendar']),
  isShared: Type.Boolean(),
  config: SavedViewConfigSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: Type.Integer(),
  abilities: Type.Object({ update: Type.Boolean(), delete: Type.Boolean() }),
});
export type SavedView = Static<typeof SavedViewSchema>;
export const SavedViewListSchema = Type.Object({ items: Type.Array(SavedViewSchema) });
export const ListSavedViewsQuerySchema = Type.Object({ projectId: Type.Optional(IdSchema) });
export const CreateSavedViewBodySchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 80 }),
  kind: Type.Enum(['list', 'board', 'calendar']),
  projectId: Type.Optional(Type.Union([IdSchema, Type.Null()])),
  isShared: Type.Optional(Type.Boolean()),
  config: SavedViewConfigSchema,
});
export type CreateSavedViewBody = Static<typeof CreateSavedViewBodySchema>;
export const UpdateSavedViewBodySchema = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
  isShared: Type.Optional(Type.Boolean()),
  config: Type.Optional(SavedViewConfigSchema),
  version: Type.Optional(VersionSchema),
});
export type UpdateSavedViewBody = Static<typeof UpdateSavedViewBodySchema>;

export const SearchQuerySchema = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200 }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
export const SearchHitSchema = Type.Object({
  kind: Type.Enum(['project', 'task']),
  id: IdSchema,
  key: Type.String(),
  title: Type.String(),
  /** A short excerpt around the match. */
  snippet: Type.String(),
  projectId: Type.Union([IdSchema, Type.Null()]),
});
export const SearchResultSchema = Type.Object({ items: Type.Array(SearchHitSchema) });
export type SearchHit = Static<typeof SearchHitSchema>;
export type SearchResult = Static<typeof SearchResultSchema>;
