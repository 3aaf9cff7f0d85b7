import type { QueryKey } from '@tanstack/react-query';
import { activityKeys, commentKeys } from '@/features/comments/api/comment-queries';
import { contactKeys } from '@/features/customers/api/contact-queries';
import { customerKeys } from '@/features/customers/api/customer-queries';
import { dealKeys } from '@/features/deals/api/deal-queries';
import { interactionKeys } from '@/features/interactions/api/interaction-queries';
import { notificationKeys } from '@/features/notifications/api/notification-queries';
import { customFieldKeys } from '@/features/projects/api/custom-field-queries';
import { labelKeys } from '@/features/projects/api/label-queries';
import { projectKeys } from '@/features/projects/api/project-queries';
import { auditKeys } from '@/features/settings/api/audit-queries';
import { invitationKeys } from '@/features/settings/api/invitation-queries';
import { memberKeys } from '@/features/settings/api/member-queries';
import { orgKeys } from '@/features/settings/api/org-queries';
import { teamKeys } from '@/features/settings/api/team-queries';
import { taskKeys } from '@/features/tasks/api/task-queries';
import { meKeys } from '@/shared/session/me-query';

/** Which cached lists an event from the server makes stale, by the event type's prefix. */
export function staleKeysFor(eventType: string): QueryKey[] {
  const [area] = eventType.split('.');
  const keys: QueryKey[] = [auditKeys.all];
  if (area === 'member') keys.push(memberKeys.all, teamKeys.all, meKeys.all);
  if (area === 'invitation') keys.push(invitationKeys.all);
  if (area === 'team') keys.push(teamKeys.all, memberKeys.all);
  if (area === 'org') keys.push(orgKeys.all, meKeys.all);
  // Task changes move a project's counts; member changes its role and abilities.
  if (area === 'project' || area === 'task' || area === 'tasks') keys.push(projectKeys.all);
  if (area === 'label') keys.push(labelKeys.all);
  if (area === 'custom_field') keys.push(customFieldKeys.all);
  if (area === 'comment') keys.push(commentKeys.all, activityKeys.all);
  if (area === 'task' || area === 'project') keys.push(activityKeys.all);
  // Task lists, boards, details and my work; comment counts show on tasks too.
  if (area === 'task' || area === 'comment') keys.push(taskKeys.all);
  // Bulk edits (`tasks.bulk_changed`) and changed statuses (board columns) redraw every task view.
  if (area === 'tasks' || eventType === 'project.statuses_changed') keys.push(taskKeys.all);
  // Boards, lists and deal pages; a new interaction moves a deal's last activity (stalled badge).
  if (area === 'deal' || area === 'pipeline' || area === 'interaction') keys.push(dealKeys.all, dealKeys.pipelines());
  if (area === 'interaction') keys.push(interactionKeys.all);
  // Customer lists, pages and the pool; contacts show the customer's name; a merge moves contacts.
  if (area === 'customer' || area === 'crm_settings' || area === 'interaction') keys.push(customerKeys.all);
  if (area === 'contact' || eventType === 'customer.merged' || eventType === 'customer.updated')
    keys.push(contactKeys.all);
  // Pushed only to the recipient: the bell's count and the inbox.
  if (area === 'notification' || area === 'notifications') keys.push(notificationKeys.all);
  return keys;
}
