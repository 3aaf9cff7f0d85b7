// The task sub-resource types, all declared in contracts; re-exported here for the feature's imports.
export type {
  Attachment,
  AttachmentList,
  BulkTasksResult,
  ChecklistItem,
  CreateChecklistItemBody,
  CreateDependencyBody,
  CreateTimeEntryBody,
  DependencyList,
  SetTaskBlockedBody,
  TimeEntry,
  TimeEntryList,
  UpdateChecklistItemBody,
} from '@meridian/contracts';
