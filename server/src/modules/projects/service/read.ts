import type { ListProjectsQuery, Project, ProjectMember } from '@meridian/contracts';
import { sql } from 'drizzle-orm';
import { projects } from '#db/schema/index.ts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { forbidden, notFound } from '#platform/errors/app-error.ts';
import { type CursorKind, type Page, pageRequest, toPage } from '#platform/http/pagination.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import { requireProjectAccess } from '../access.ts';
import { visibleProjectsWhere } from '../policy.ts';
import { toProjectDto, toProjectMemberDto } from '../presenter.ts';
import { listProjectRows, type ProjectViewRow } from '../queries.ts';
import { listProjectMemberRows } from '../queries-members.ts';
import type { ProjectsDeps } from './deps.ts';
import { presentProject, projectToday } from './shared.ts';

type SortSpec = {
  expr: ReturnType<typeof sql>;
  cast: string;
  kind: CursorKind;
  value: (row: ProjectViewRow) => unknown;
};

const SORTS: Record<string, SortSpec> = {
  name: { expr: sql`${projects.name}`, cast: 'text', kind: 'string', value: (r) => r.name },
  key: { expr: sql`${projects.key}`, cast: 'text', kind: 'string', value: (r) => r.key },
  createdAt: { expr: sql`${projects.createdAt}`, cast: 'timestamptz', kind: 'instant', value: (r) => r.createdAt },
  updatedAt: { expr: sql`${projects.updatedAt}`, cast: 'timestamptz', kind: 'instant', value: (r) => r.updatedAt },
  endDate: {
    expr: sql`coalesce(${projects.endDate}, '9999-12-31'::date)`,
    cast: 'date',
    kind: 'string',
    value: (r) => r.endDate ?? '9999-12-31',
  },
};

/**
 * One page of the projects the actor may see (visibility decided in SQL), with their task
 * counts, in one query. The trash (`deleted=true`) is for admins.
 */
export async function listProjects(
  deps: ProjectsDeps,
  ctx: RequestContext,
  query: ListProjectsQuery,
): Promise<Page<Project>> {
  const deleted = query.deleted === true;
  if (deleted && !hasRole(ctx.actor.role, 'admin')) throw forbidden('Only admins see the trash');
  const sortName = query.sort ?? 'name';
  const desc = sortName.startsWith('-');
  const spec = SORTS[desc ? sortName.slice(1) : sortName]!;
  const page = pageRequest(query, [spec.kind, 'uuid']);
  const visible = deleted
    ? sql`true`
    : visibleProjectsWhere(ctx.actor, {
        orgId: sql`${projects}.org_id`,
        id: sql`${projects}.id`,
        visibility: projects.visibility,
        deletedAt: projects.deletedAt,
      });
  const rows = await listProjectRows(
    ctx.db,
    ctx.orgId,
    { userId: ctx.actor.userId, today: projectToday(deps, ctx) },
    {
      visible,
      deleted,
      q: query.q?.trim() || undefined,
      status: query.status,
      mineUserId: query.mine ? ctx.actor.userId : undefined,
      leadId: query.leadId,
      customerId: query.customerId,
    },
    {
      expr: spec.expr,
      desc,
      cast: spec.cast,
      after: page.cursor ? [page.cursor[0], page.cursor[1] as string] : null,
    },
    page.limit,
  );
  return toPage(
    rows,
    page.limit,
    (row) => [spec.value(row), row.id],
    (row) => toProjectDto(row, ctx.actor.role),
  );
}

/** One project the actor may see; anything else (another organisation's, private, trashed) answers 404. */
export async function getProject(deps: ProjectsDeps, ctx: RequestContext, id: string): Promise<Project> {
  await requireProjectAccess(ctx, id, 'view');
  return presentProject(deps, ctx, { id });
}

/** The same by its key (`SALES`), for URLs people read. */
export async function getProjectByKey(deps: ProjectsDeps, ctx: RequestContext, key: string): Promise<Project> {
  // Anything that cannot be a key is, like an unknown key, no such project.
  if (!/^[A-Za-z][A-Za-z0-9]{1,9}$/.test(key)) throw notFound('No such project');
  const project = await presentProject(deps, ctx, { key: key.toUpperCase() });
  await requireProjectAccess(ctx, project.id, 'view');
  return project;
}

export async function listProjectMembers(
  _deps: ProjectsDeps,
  ctx: RequestContext,
  projectId: string,
): Promise<{ items: ProjectMember[] }> {
  await requireProjectAccess(ctx, projectId, 'view');
  return { items: (await listProjectMemberRows(ctx.db, ctx.orgId, projectId)).map(toProjectMemberDto) };
}
