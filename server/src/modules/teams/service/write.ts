import type { CreateTeamBody, Team, UpdateTeamBody } from '@meridian/contracts';
import { diffFields, recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError, fieldError, notFound } from '#platform/errors/app-error.ts';
import { versionConflict } from '#platform/http/versioning.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { wouldCreateCycle } from '#platform/permissions/team-hierarchy.ts';
import { assertCanTeam } from '../policy.ts';
import {
  deleteTeam as deleteTeamRow,
  findTeam,
  findTeamForUpdate,
  hasSubTeams,
  insertTeam,
  lockTeamTree,
  updateTeamVersioned,
} from '../queries.ts';
import type { TeamsDeps } from './deps.ts';
import { assertNameFree, assertParentExists, cleanTeamName, presentTeam, TEAM_FIELDS } from './shared.ts';

/** Creates a team, top-level or under a parent of the same organisation; names are unique among siblings. */
export async function createTeam(deps: TeamsDeps, ctx: RequestContext, input: CreateTeamBody): Promise<Team> {
  assertCanTeam(ctx.actor, 'create');
  const name = cleanTeamName(input.name);
  const parentId = input.parentId ?? null;
  return withTx(ctx, async (tx) => {
    await lockTeamTree(tx.db, ctx.orgId);
    if (parentId) await assertParentExists(tx.db, ctx.orgId, parentId);
    await assertNameFree(tx.db, ctx.orgId, parentId, name, null);
    const id = newId();
    const now = deps.clock.now();
    const row = { name, description: input.description?.trim() ?? '', parentId };
    await insertTeam(tx.db, { orgId: ctx.orgId, id, ...row, createdAt: now, updatedAt: now });
    const changes = diffFields(null, row, [...TEAM_FIELDS]);
    await recordAudit(
      tx.db,
      tx,
      { action: 'team.created', targetType: 'team', targetId: id, targetLabel: name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'team.created', payload: { teamId: id } });
    return presentTeam(tx, id);
  });
}

/**
 * Renames, describes or moves a team. A stale version answers 409 with the current team, and
 * moving a team inside itself or one of its sub-teams answers 422 team_cycle.
 */
export async function updateTeam(
  deps: TeamsDeps,
  ctx: RequestContext,
  id: string,
  input: UpdateTeamBody,
  version: number | undefined,
): Promise<Team> {
  return withTx(ctx, async (tx) => {
    // The tree lock comes before the row lock, in every command, so that they cannot deadlock.
    const reshapes = input.name !== undefined || input.parentId !== undefined;
    if (reshapes) await lockTeamTree(tx.db, ctx.orgId);
    const before = await findTeamForUpdate(tx.db, ctx.orgId, id);
    if (!before) throw notFound('No such team');
    assertCanTeam(ctx.actor, 'update');
    if (version !== undefined && version !== before.version) throw versionConflict(await presentTeam(tx, id));
    const next = {
      name: input.name === undefined ? before.name : cleanTeamName(input.name),
      description: input.description === undefined ? before.description : input.description.trim(),
      parentId: input.parentId === undefined ? before.parentId : input.parentId,
    };
    const changes = diffFields(before, { ...before, ...next }, [...TEAM_FIELDS]);
    if (Object.keys(changes).length === 0) return presentTeam(tx, id);
    if (changes.parentId && next.parentId) {
      await assertParentExists(tx.db, ctx.orgId, next.parentId);
      if (await wouldCreateCycle(tx.db, ctx.orgId, id, next.parentId)) {
        throw new AppError('team_cycle', {
          detail: 'A team cannot be moved under itself or one of its sub-teams',
          fields: [fieldError('parentId', 'invalid', 'Choose a team outside this one')],
        });
      }
    }
    if (changes.name || changes.parentId) await assertNameFree(tx.db, ctx.orgId, next.parentId, next.name, id);
    const now = deps.clock.now();
    const patch = Object.fromEntries(Object.keys(changes).map((field) => [field, next[field as keyof typeof next]]));
    const after = await updateTeamVersioned(tx.db, ctx.orgId, id, version, patch, now);
    if (!after) throw versionConflict(await presentTeam(tx, id));
    await recordAudit(
      tx.db,
      tx,
      { action: 'team.updated', targetType: 'team', targetId: id, targetLabel: after.name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'team.updated', payload: { teamId: id, changes: Object.keys(changes) } });
    return presentTeam(tx, id);
  });
}

/** Deletes a team and its memberships; a team with sub-teams answers 409 until they are moved or deleted. */
export async function deleteTeam(
  deps: TeamsDeps,
  ctx: RequestContext,
  id: string,
  version: number | undefined,
): Promise<void> {
  await withTx(ctx, async (tx) => {
    await lockTeamTree(tx.db, ctx.orgId);
    const before = await findTeam(tx.db, ctx.orgId, id);
    if (!before) throw notFound('No such team');
    assertCanTeam(ctx.actor, 'delete');
    if (version !== undefined && version !== before.version) throw versionConflict(await presentTeam(tx, id));
    if (await hasSubTeams(tx.db, ctx.orgId, id)) {
      throw new AppError('conflict', { detail: 'This team has sub-teams: move or delete them first' });
    }
    await deleteTeamRow(tx.db, ctx.orgId, id);
    const now = deps.clock.now();
    const changes = {
      ...diffFields(before, null, [...TEAM_FIELDS]),
      members: { from: before.members.map((m) => m.userId), to: null },
    };
    await recordAudit(
      tx.db,
      tx,
      { action: 'team.deleted', targetType: 'team', targetId: id, targetLabel: before.name, changes },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'team.deleted', payload: { teamId: id } });
  });
}
