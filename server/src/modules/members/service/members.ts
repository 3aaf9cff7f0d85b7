import type { ListMembersQuery, Member, UpdateMemberBody } from '@meridian/contracts';
import { toSessionDto } from '#modules/accounts/presenter.ts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import { revokeSessions } from '#platform/auth/credentials-queries.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { type Page, pageRequest, toPage } from '#platform/http/pagination.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { assertCan } from '#platform/permissions/org-actions.ts';
import { assertCanManageMember, canEndSessionsOf } from '../policy.ts';
import { toMemberDto } from '../presenter.ts';
import {
  findMember,
  listMemberSessions,
  lockActiveOwners,
  type MemberRow,
  listMembers as queryMembers,
  revokeMemberTokens,
  updateMembershipVersioned,
} from '../queries.ts';
import type { MembersDeps } from './deps.ts';

async function loadMember(ctx: RequestContext, userId: string): Promise<MemberRow> {
  const row = await findMember(ctx.db, ctx.orgId, userId);
  if (!row) throw new AppError('not_found', { detail: 'No such member' });
  return row;
}

/** Members of the organisation, filtered and paginated in SQL. */
export async function listMembers(
  _deps: MembersDeps,
  ctx: RequestContext,
  query: ListMembersQuery,
): Promise<Page<Member>> {
  assertCan(ctx.actor.role, 'members.read');
  const sort = query.sort ?? 'name';
  const column = sort.endsWith('name') ? 'name' : 'joinedAt';
  const page = pageRequest(query, [column === 'name' ? 'string' : 'instant', 'uuid']);
  const rows = await queryMembers(ctx.db, ctx.orgId, query, sort, page);
  return toPage(
    rows,
    page.limit,
    (row) => [column === 'name' ? row.name : new Date(row.joinedAt).toISOString(), row.userId],
    (row) => toMemberDto(row, ctx.actor),
  );
}

export async function getMember(_deps: MembersDeps, ctx: RequestContext, userId: string): Promise<Member> {
  assertCan(ctx.actor.role, 'members.read');
  return toMemberDto(await loadMember(ctx, userId), ctx.actor);
}

/** An owner must remain: refuses a change that would leave no active owner. */
async function assertOwnerRemains(ctx: RequestContext, target: MemberRow): Promise<void> {
  if (target.role !== 'owner') return;
  const owners = await lockActiveOwners(ctx.db, ctx.orgId);
  if (owners.filter((id) => id !== target.userId).length === 0) throw new AppError('last_owner');
}

/** Changes a member's role or title; audited with before and after. */
export async function updateMember(
  deps: MembersDeps,
  ctx: RequestContext,
  userId: string,
  input: UpdateMemberBody,
  version: number | undefined,
): Promise<Member> {
  return withTx(ctx, async (tx) => {
    const before = await loadMember(tx, userId);
    assertCanManageMember(tx.actor, before, input.role);
    if (input.role && input.role !== before.role) await assertOwnerRemains(tx, before);
    const now = deps.clock.now();
    const newVersion = await updateMembershipVersioned(
      tx.db,
      tx.orgId,
      userId,
      version,
      { role: input.role, title: input.title?.trim() },
      now,
    );
    // Re-read: the row that won may have committed after `before` was read.
    if (newVersion === null) throw versionConflict(toMemberDto(await loadMember(tx, userId), tx.actor));
    // Only role and title changed: the rest of the row (teams, last activity) is as just read.
    const after: MemberRow = {
      ...before,
      role: input.role ?? before.role,
      title: input.title?.trim() ?? before.title,
      version: newVersion,
    };
    const changes = diffFields(before, after, ['role', 'title']);
    const action = changes.role ? 'member.role_changed' : 'member.updated';
    await recordAudit(
      tx.db,
      tx,
      { action, targetType: 'member', targetId: userId, targetLabel: after.name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'member.updated', payload: { userId, changes: Object.keys(changes) } });
    return toMemberDto(after, tx.actor);
  });
}

/** Deactivates a member: their sessions in this organisation and their tokens stop at once. */
export async function deactivateMember(deps: MembersDeps, ctx: RequestContext, userId: string): Promise<Member> {
  return withTx(ctx, async (tx) => {
    const before = await loadMember(tx, userId);
    assertCanManageMember(tx.actor, before);
    if (before.status === 'deactivated') return toMemberDto(before, tx.actor);
    await assertOwnerRemains(tx, before);
    const now = deps.clock.now();
    await updateMembershipVersioned(tx.db, tx.orgId, userId, undefined, { status: 'deactivated' }, now);
    await revokeSessions(tx.db, { userId, orgId: tx.orgId }, now);
    await revokeMemberTokens(tx.db, tx.orgId, userId, now);
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'member.deactivated',
        targetType: 'member',
        targetId: userId,
        targetLabel: before.name,
        changes: { status: { from: 'active', to: 'deactivated' } },
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'member.deactivated', payload: { userId } });
    return toMemberDto((await loadMember(tx, userId))!, tx.actor);
  });
}

export async function reactivateMember(deps: MembersDeps, ctx: RequestContext, userId: string): Promise<Member> {
  return withTx(ctx, async (tx) => {
    const before = await loadMember(tx, userId);
    assertCanManageMember(tx.actor, before);
    if (before.status === 'active') return toMemberDto(before, tx.actor);
    const now = deps.clock.now();
    await updateMembershipVersioned(tx.db, tx.orgId, userId, undefined, { status: 'active' }, now);
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'member.reactivated',
        targetType: 'member',
        targetId: userId,
        targetLabel: before.name,
        changes: { status: { from: 'deactivated', to: 'active' } },
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'member.reactivated', payload: { userId } });
    return toMemberDto(await loadMember(tx, userId), tx.actor);
  });
}

/** An admin's view of a member's sessions in this organisation. */
export async function listSessionsOfMember(deps: MembersDeps, ctx: RequestContext, userId: string) {
  const target = await loadMember(ctx, userId);
  if (!canEndSessionsOf(ctx.actor, target)) throw new AppError('forbidden');
  const rows = await listMemberSessions(ctx.db, ctx.orgId, userId, deps.clock.now());
  return { items: rows.map((row) => toSessionDto(row, ctx.actor.sessionId)) };
}

/** Signs a member out of this organisation everywhere. */
export async function endSessionsOfMember(deps: MembersDeps, ctx: RequestContext, userId: string): Promise<void> {
  await withTx(ctx, async (tx) => {
    const target = await loadMember(tx, userId);
    if (!canEndSessionsOf(tx.actor, target)) throw new AppError('forbidden');
    const now = deps.clock.now();
    const count = await revokeSessions(tx.db, { userId, orgId: tx.orgId }, now);
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'member.sessions_ended',
        targetType: 'member',
        targetId: userId,
        targetLabel: target.name,
        changes: { sessions: { from: count, to: 0 } },
      },
      now,
    );
  });
}
