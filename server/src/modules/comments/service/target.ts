import type { CommentTargetType } from '@meridian/contracts';
import { requireProjectAccess } from '#modules/projects/access.ts';
import type { ProjectAccess, ProjectAction } from '#modules/projects/policy.ts';
import { requireTaskAccess } from '#modules/tasks/access.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { findProjectName } from '../queries.ts';

/** What a comment's target decides: its project, the actor's rights there, and a label for the audit log. */
export type ResolvedTarget = {
  type: CommentTargetType;
  id: string;
  projectId: string;
  access: ProjectAccess;
  label: string;
};

/** 404 when the actor may not see the target (or it is in another organisation), 403 when seen but not allowed. */
export async function resolveTarget(
  ctx: RequestContext,
  type: string,
  id: string,
  action: ProjectAction,
): Promise<ResolvedTarget> {
  if (type === 'task') {
    const { task, access } = await requireTaskAccess(ctx, id, action);
    return { type, id, projectId: task.projectId, access, label: `${task.key} ${task.title}` };
  }
  const access = await requireProjectAccess(ctx, id, action);
  return { type: 'project', id, projectId: id, access, label: await findProjectName(ctx.db, ctx.orgId, id) };
}
