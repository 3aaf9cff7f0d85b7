import type { ListTasksQuery } from '@meridian/contracts';
import { type SQL, sql } from 'drizzle-orm';
import { projects, tasks } from '#db/schema/index.ts';
import { visibleProjectsWhere } from '#modules/projects/policy.ts';
import type { Actor } from '#platform/context/request-context.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import { likePattern, queryTerms } from '#platform/search/search-terms.ts';

type ActorFacts = Pick<Actor, 'userId' | 'role'>;

const csv = (value: string) => value.split(',');
const uuids = (ids: string[]) => sql`${sql.param(ids)}::uuid[]`;
const texts = (values: string[]) => sql`${sql.param(values)}::text[]`;

/** The projects the actor sees, as a condition on the joined `projects` row. */
export function visibleTasksWhere(actor: ActorFacts): SQL {
  return visibleProjectsWhere(actor, {
    orgId: projects.orgId,
    id: projects.id,
    visibility: projects.visibility,
    deletedAt: projects.deletedAt,
  });
}

/** The trash the actor may restore from: deleted tasks of live projects where they edit tasks. */
function restorableWhere(actor: ActorFacts): SQL {
  const alive = sql`${projects.deletedAt} is null and ${projects.archivedAt} is null`;
  if (hasRole(actor.role, 'admin')) return alive;
  return sql`${alive} and exists (select 1 from project_members pm where pm.org_id = ${projects.orgId}
    and pm.project_id = ${projects.id} and pm.user_id = ${actor.userId} and pm.role in ('lead', 'member'))`;
}

/** `assigneeId=me,none,<uuid>` as one OR condition. */
export function assigneeWhere(value: string, actorId: string): SQL {
  const ids: string[] = [];
  let none = false;
  for (const item of csv(value)) {
    if (item === 'none') none = true;
    else ids.push(item === 'me' ? actorId : item.toLowerCase());
  }
  const parts: SQL[] = [];
  if (ids.length) parts.push(sql`${tasks.assigneeId} = any(${uuids(ids)})`);
  if (none) parts.push(sql`${tasks.assigneeId} is null`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Text search: the GIN-indexed terms narrow the rows, ILIKE keeps exact substrings. */
export function searchWhere(q: string): SQL | null {
  const trimmed = q.trim();
  if (!trimmed) return null;
  const terms = queryTerms(trimmed);
  const pattern = likePattern(trimmed);
  const text = sql`(((${projects.key} || '-' || ${tasks.number}) ilike ${pattern}) or ${tasks.title} ilike ${pattern} or ${tasks.description} ilike ${pattern})`;
  return terms.length ? sql`(${tasks.searchTerms} @> ${texts(terms)} and ${text})` : text;
}

/** Every filter of the list as SQL conditions (AND), visibility included. */
export function taskListFilters(query: ListTasksQuery, actor: ActorFacts): SQL[] {
  const where: SQL[] = [visibleTasksWhere(actor)];
  if (query.deleted) {
    where.push(sql`${tasks.deletedAt} is not null`, restorableWhere(actor));
  } else {
    where.push(sql`${tasks.deletedAt} is null`);
  }
  if (query.projectId) where.push(sql`${tasks.projectId} = any(${uuids(csv(query.projectId))})`);
  if (query.statusId) where.push(sql`${tasks.statusId} = any(${uuids(csv(query.statusId))})`);
  if (query.statusCategory) where.push(sql`${tasks.statusCategory} = any(${texts(csv(query.statusCategory))})`);
  if (query.priority) where.push(sql`${tasks.priority} = any(${texts(csv(query.priority))})`);
  if (query.assigneeId) where.push(assigneeWhere(query.assigneeId, actor.userId));
  if (query.labelId) where.push(sql`${tasks.labelIds} && ${uuids(csv(query.labelId))}`);
  if (query.parentId === 'none') where.push(sql`${tasks.parentId} is null`);
  else if (query.parentId) where.push(sql`${tasks.parentId} = ${query.parentId}::uuid`);
  if (query.dueFrom) where.push(sql`${tasks.dueDate} >= ${query.dueFrom}::date`);
  if (query.dueTo) where.push(sql`${tasks.dueDate} <= ${query.dueTo}::date`);
  if (query.isBlocked !== undefined) where.push(sql`${tasks.isBlocked} = ${query.isBlocked}`);
  if (query.isMilestone !== undefined) where.push(sql`${tasks.isMilestone} = ${query.isMilestone}`);
  if (query.watching !== undefined) {
    const watched = sql`exists (select 1 from task_watchers w where w.org_id = ${tasks.orgId} and w.task_id = ${tasks.id} and w.user_id = ${actor.userId})`;
    where.push(query.watching ? watched : sql`not ${watched}`);
  }
  if (query.customerId) where.push(sql`${tasks.customerId} = ${query.customerId}::uuid`);
  if (query.dealId) where.push(sql`${tasks.dealId} = ${query.dealId}::uuid`);
  if (query.customField) {
    const at = query.customField.indexOf(':');
    const field = query.customField.slice(0, at).toLowerCase();
    const value = query.customField.slice(at + 1);
    // Equality for numbers, dates, options and members; text fields match "contains".
    where.push(
      sql`((${tasks.customFields} ->> ${field}) = ${value} or (jsonb_typeof(${tasks.customFields} -> ${field}) = 'string' and (${tasks.customFields} ->> ${field}) ilike ${likePattern(value)}))`,
    );
  }
  if (query.q) {
    const search = searchWhere(query.q);
    if (search) where.push(search);
  }
  return where;
}
