import type { CreateProjectBody, Project, StatusCategory, TemplateContent } from '@meridian/contracts';
import { insertTaskPlan } from '#modules/tasks/service/plan.ts';
import { diffFields } from '#platform/audit/audit.ts';
import { type RequestContext, withTx } from '#platform/context/request-context.ts';
import { AppError } from '#platform/errors/app-error.ts';
import { newId } from '#platform/ids/ids.ts';
import { documentTerms } from '#platform/search/search-terms.ts';
import { canCreateProject } from '../policy.ts';
import { insertProject, isProjectKeyTaken } from '../queries.ts';
import { upsertProjectMember } from '../queries-members.ts';
import { insertStatuses } from '../queries-statuses.ts';
import { type LaidOutTask, layOutTemplate } from '../templates/layout.ts';
import type { ProjectsDeps } from './deps.ts';
import {
  assertCrmLinks,
  assertDates,
  assertLeadCandidate,
  checkProjectCustomFields,
  keyTaken,
  PROJECT_FIELDS,
  presentProject,
  projectToday,
  recordProjectChange,
} from './shared.ts';
import { defaultStatuses, requireTemplateContent } from './templates-resolve.ts';

const STATUS_COLORS: Record<StatusCategory, string> = { todo: '#8c8c8c', in_progress: '#1677ff', done: '#52c41a' };

/** For the demo data: who does a template task and in which status it stands. */
export type PlanShaper = (
  task: LaidOutTask,
  statuses: { id: string; category: StatusCategory }[],
) => { assigneeId?: string | null; statusId?: string };

/**
 * Creates a project: its default (or template) statuses, the creator as lead member, and with a
 * template its phases, tasks and dependencies laid out on working days from the chosen start.
 */
export async function createProject(
  deps: ProjectsDeps,
  ctx: RequestContext,
  input: CreateProjectBody,
  shape?: PlanShaper,
): Promise<Project> {
  if (!canCreateProject(ctx.actor)) throw new AppError('forbidden', { detail: 'Guests may not create projects' });
  const name = input.name.trim();
  if (!name)
    throw new AppError('validation_failed', {
      fields: [{ field: 'name', pointer: '/body/name', code: 'too_short', message: 'Enter a project name' }],
    });
  assertDates(input.startDate ?? null, input.endDate ?? null);
  return withTx(ctx, async (tx) => {
    const template: TemplateContent | null = input.templateId
      ? await requireTemplateContent(tx, input.templateId)
      : null;
    const leadId = input.leadId ?? ctx.actor.userId;
    if (leadId !== ctx.actor.userId) await assertLeadCandidate(tx.db, ctx.orgId, leadId);
    const customFields = await checkProjectCustomFields(tx.db, ctx.orgId, input.customFields ?? {});
    await assertCrmLinks(tx.db, ctx.orgId, { customerId: input.customerId, dealId: input.dealId });
    if (await isProjectKeyTaken(tx.db, ctx.orgId, input.key, null)) throw keyTaken();
    const now = deps.clock.now();
    const id = newId();
    const base = input.templateStartDate ?? input.startDate ?? projectToday(deps, ctx);
    const plan = template ? layOutTemplate(template, base, newId) : null;
    const row = {
      key: input.key,
      name,
      description: input.description ?? '',
      status: input.status ?? 'planning',
      visibility: input.visibility ?? 'org',
      leadId,
      startDate: input.startDate ?? (plan ? base : null),
      endDate: input.endDate ?? plan?.endDate ?? null,
      color: input.color ?? '#1677ff',
      customerId: input.customerId ?? null,
      dealId: input.dealId ?? null,
      customFields,
    };
    await insertProject(tx.db, {
      orgId: ctx.orgId,
      id,
      ...row,
      searchTerms: documentTerms(name, input.key, row.description),
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const statuses = (template?.statuses ?? defaultStatuses(ctx.locale)).map((s, position) => ({
      orgId: ctx.orgId,
      id: newId(),
      projectId: id,
      name: s.name,
      category: s.category,
      position,
      color: STATUS_COLORS[s.category],
      createdAt: now,
    }));
    await insertStatuses(tx.db, statuses);
    const members = new Map([
      [ctx.actor.userId, 'lead'],
      [leadId, 'lead'],
    ]);
    for (const [userId, role] of members) {
      await upsertProjectMember(tx.db, { orgId: ctx.orgId, projectId: id, userId, role, addedAt: now });
    }
    if (plan) {
      const firstTodo = statuses.find((s) => s.category === 'todo') ?? statuses[0]!;
      await insertTaskPlan(tx, {
        projectId: id,
        reporterId: ctx.actor.userId,
        now,
        dependencies: plan.dependencies,
        tasks: plan.tasks.map((task) => {
          const shaped = shape?.(task, statuses) ?? {};
          return { ...task, statusId: shaped.statusId ?? firstTodo.id, assigneeId: shaped.assigneeId ?? null };
        }),
      });
    }
    const changes = diffFields(null, row, [...PROJECT_FIELDS]);
    if (input.templateId) changes.templateId = { from: null, to: input.templateId };
    await recordProjectChange(deps, tx, { id, name }, 'project.created', changes, {
      type: 'project.created',
      payload: { projectId: id },
    });
    return presentProject(deps, tx, { id });
  });
}
