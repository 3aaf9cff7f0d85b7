import type { ProjectTemplate, TemplateContent } from '@meridian/contracts';
import { recordAudit } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { forbidden, notFound } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { addOutboxEvent } from '#platform/outbox/outbox.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';
import { requireProjectAccess } from '../access.ts';
import { findProjectForUpdate } from '../queries.ts';
import { listStatusRows } from '../queries-statuses.ts';
import {
  deleteTemplateRow,
  findTemplateRow,
  insertTemplate,
  listDependenciesForTemplate,
  listTasksForTemplate,
  listTemplateRows,
  type TemplateRow,
} from '../queries-templates.ts';
import { BUILTIN_TEMPLATES, presentBuiltin, templateFigures } from '../templates/builtin.ts';
import { workingDaysBetween } from '../templates/working-days.ts';
import type { ProjectsDeps } from './deps.ts';
import { findTemplateContent } from './templates-resolve.ts';

function presentOrgTemplate(ctx: RequestContext, row: TemplateRow): ProjectTemplate {
  const content = row.content as TemplateContent;
  return {
    id: row.id,
    isBuiltIn: false,
    name: row.name,
    description: row.description,
    ...templateFigures(content),
    content,
    createdAt: new Date(row.createdAt).toISOString(),
    abilities: { delete: hasRole(ctx.actor.role, 'admin') || row.createdBy === ctx.actor.userId },
  };
}

/** The four built-in templates in the actor's language, then the organisation's own. */
export async function listProjectTemplates(
  _deps: ProjectsDeps,
  ctx: RequestContext,
): Promise<{ items: ProjectTemplate[] }> {
  const own = await listTemplateRows(ctx.db, ctx.orgId);
  return {
    items: [
      ...BUILTIN_TEMPLATES.map((t) => presentBuiltin(t, ctx.locale)),
      ...own.map((row) => presentOrgTemplate(ctx, row)),
    ],
  };
}

export async function getProjectTemplate(
  _deps: ProjectsDeps,
  ctx: RequestContext,
  id: string,
): Promise<ProjectTemplate> {
  const builtin = BUILTIN_TEMPLATES.find((t) => `builtin:${t.slug}` === id);
  if (builtin) return presentBuiltin(builtin, ctx.locale);
  const content = await findTemplateContent(ctx, id);
  const row = content ? await findTemplateRow(ctx.db, ctx.orgId, id) : null;
  if (!row) throw notFound('No such project template');
  return presentOrgTemplate(ctx, row);
}

/** Turns a project's statuses, tasks (offsets in working days from its start) and dependencies into a template. */
export async function saveProjectAsTemplate(
  deps: ProjectsDeps,
  ctx: RequestContext,
  projectId: string,
  input: { name: string; description?: string },
): Promise<ProjectTemplate> {
  return withTx(ctx, async (tx) => {
    await requireProjectAccess(tx, projectId, 'update');
    const project = (await findProjectForUpdate(tx.db, ctx.orgId, projectId))!;
    const statuses = await listStatusRows(tx.db, ctx.orgId, projectId);
    const tasks = await listTasksForTemplate(tx.db, ctx.orgId, projectId);
    const deps_ = await listDependenciesForTemplate(tx.db, ctx.orgId, projectId);
    const dated = tasks.flatMap((t) => [t.startDate, t.dueDate].filter((d): d is string => d !== null)).sort();
    const base = project.startDate ?? dated[0] ?? null;
    const refOf = new Map(tasks.map((t, i) => [t.id, `t${i + 1}`]));
    const content: TemplateContent = {
      statuses: statuses.map((s) => ({ name: s.name, category: s.category })),
      tasks: tasks.map((t) => {
        const start = t.startDate ?? t.dueDate;
        const startOffsetDays = base && start ? Math.max(0, workingDaysBetween(base, start)) : 0;
        const durationDays = t.isMilestone
          ? 0
          : start && t.dueDate
            ? Math.max(1, workingDaysBetween(start, t.dueDate) + 1)
            : 1;
        const dependsOn = deps_
          .filter((d) => d.successorId === t.id)
          .map((d) => refOf.get(d.predecessorId)!)
          .filter(Boolean);
        return {
          ref: refOf.get(t.id)!,
          title: t.title,
          ...(t.description ? { description: t.description.slice(0, 5000) } : {}),
          ...(t.parentId && refOf.has(t.parentId) ? { parentRef: refOf.get(t.parentId)! } : {}),
          startOffsetDays: Math.min(startOffsetDays, 3650),
          durationDays: Math.min(durationDays, 3650),
          ...(t.estimateMinutes !== null ? { estimateHours: Math.round((t.estimateMinutes / 60) * 100) / 100 } : {}),
          priority: t.priority as 'urgent' | 'high' | 'medium' | 'low',
          ...(t.isMilestone ? { isMilestone: true } : {}),
          ...(dependsOn.length ? { dependsOn: dependsOn.slice(0, 20) } : {}),
        };
      }),
    };
    const id = newId();
    const now = deps.clock.now();
    const name = input.name.trim() || project.name;
    const row = {
      orgId: ctx.orgId,
      id,
      name,
      description: input.description?.trim() ?? '',
      content,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await insertTemplate(tx.db, row);
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'project_template.created',
        targetType: 'project_template',
        targetId: id,
        targetLabel: name,
        changes: { fromProjectId: { from: null, to: projectId }, name: { from: null, to: name } },
      },
      now,
    );
    await addOutboxEvent(tx.db, tx, { type: 'project.templates_changed', payload: { templateId: id } });
    return presentOrgTemplate(tx, row);
  });
}

/** Deletes one of the organisation's templates (admins or whoever saved it); built-ins stay. */
export async function deleteProjectTemplate(deps: ProjectsDeps, ctx: RequestContext, id: string): Promise<void> {
  await withTx(ctx, async (tx) => {
    if (id.startsWith('builtin:')) {
      if (BUILTIN_TEMPLATES.some((t) => `builtin:${t.slug}` === id))
        throw forbidden('Built-in templates cannot be deleted');
      throw notFound('No such project template');
    }
    const content = await findTemplateContent(tx, id);
    const row = content ? await findTemplateRow(tx.db, ctx.orgId, id) : null;
    if (!row) throw notFound('No such project template');
    if (!presentOrgTemplate(tx, row).abilities.delete) throw forbidden('Only admins or its author delete a template');
    await deleteTemplateRow(tx.db, ctx.orgId, id);
    await recordAudit(
      tx.db,
      tx,
      {
        action: 'project_template.deleted',
        targetType: 'project_template',
        targetId: id,
        targetLabel: row.name,
        changes: { name: { from: row.name, to: null } },
      },
      deps.clock.now(),
    );
    await addOutboxEvent(tx.db, tx, { type: 'project.templates_changed', payload: { templateId: id } });
  });
}
