import type { ProjectMember } from '@meridian/contracts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { requireProjectAccess } from '../access.ts';
import { toProjectMemberDto } from '../presenter.ts';
import { findProjectForUpdate } from '../queries.ts';
import {
  countProjectLeads,
  deleteProjectMember,
  findActiveOrgMember,
  findProjectMember,
  listProjectMemberRows,
  upsertProjectMember,
} from '../queries-members.ts';
import type { ProjectsDeps } from './deps.ts';
import { recordProjectChange } from './shared.ts';

export type ProjectMemberRef = { projectId: string; userId: string };

const lastLead = () =>
  new AppError('conflict', { detail: 'A project keeps at least one lead: make someone else lead first' });

async function membersOf(ctx: RequestContext, projectId: string): Promise<{ items: ProjectMember[] }> {
  return { items: (await listProjectMemberRows(ctx.db, ctx.orgId, projectId)).map(toProjectMemberDto) };
}

/** Adds an active member of the organisation to the project, or changes their project role. */
export async function putProjectMember(
  deps: ProjectsDeps,
  ctx: RequestContext,
  ref: ProjectMemberRef,
  input: { role: 'lead' | 'member' | 'viewer' },
): Promise<{ items: ProjectMember[] }> {
  return withTx(ctx, async (tx) => {
    await requireProjectAccess(tx, ref.projectId, 'manageMembers');
    const project = (await findProjectForUpdate(tx.db, ctx.orgId, ref.projectId))!;
    const person = await findActiveOrgMember(tx.db, ctx.orgId, ref.userId);
    if (!person) throw notFound('No such member in this organisation');
    if (person.role === 'guest' && input.role === 'lead') {
      throw new AppError('validation_failed', {
        fields: [fieldError('role', 'invalid', 'A guest may be a member or a viewer of a project, not its lead')],
      });
    }
    const before = await findProjectMember(tx.db, ctx.orgId, ref.projectId, ref.userId);
    if (before?.role === input.role) return membersOf(tx, ref.projectId);
    if (before?.role === 'lead' && (await countProjectLeads(tx.db, ctx.orgId, ref.projectId)) <= 1) throw lastLead();
    await upsertProjectMember(tx.db, { orgId: ctx.orgId, ...ref, role: input.role, addedAt: deps.clock.now() });
    const changes = {
      userId: { from: before ? ref.userId : null, to: ref.userId },
      role: { from: before?.role ?? null, to: input.role },
    };
    await recordProjectChange(deps, tx, project, before ? 'project.member_updated' : 'project.member_added', changes, {
      type: 'project.members_changed',
      payload: { projectId: ref.projectId, userId: ref.userId },
    });
    return membersOf(tx, ref.projectId);
  });
}

/** Takes someone out of the project; the last lead stays. */
export async function removeProjectMember(
  deps: ProjectsDeps,
  ctx: RequestContext,
  ref: ProjectMemberRef,
): Promise<{ items: ProjectMember[] }> {
  return withTx(ctx, async (tx) => {
    await requireProjectAccess(tx, ref.projectId, 'manageMembers');
    const project = (await findProjectForUpdate(tx.db, ctx.orgId, ref.projectId))!;
    const before = await findProjectMember(tx.db, ctx.orgId, ref.projectId, ref.userId);
    if (!before) throw notFound('This person is not a member of the project');
    if (before.role === 'lead' && (await countProjectLeads(tx.db, ctx.orgId, ref.projectId)) <= 1) throw lastLead();
    await deleteProjectMember(tx.db, ctx.orgId, ref.projectId, ref.userId);
    const changes = { userId: { from: ref.userId, to: null }, role: { from: before.role, to: null } };
    await recordProjectChange(deps, tx, project, 'project.member_removed', changes, {
      type: 'project.members_changed',
      payload: { projectId: ref.projectId, userId: ref.userId },
    });
    return membersOf(tx, ref.projectId);
  });
}
