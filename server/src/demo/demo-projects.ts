import type { StatusCategory } from '@meridian/contracts';
import type { Database } from '#db/client.ts';
import { createProjectsService } from '#modules/projects/service.ts';
import type { LaidOutTask } from '#modules/projects/templates/layout.ts';
import { addWorkingDays, todayIn } from '#modules/projects/templates/working-days.ts';
import type { Clock } from '#platform/clock/clock.ts';
import type { RequestContext } from '#platform/context/request-context.ts';

/** The demo organisation's two projects, created from built-in templates as their owners would. */
export const DEMO_PROJECTS = [
  {
    key: 'LAUNCH',
    name: '智能收银机 S3 新品上市推广',
    templateId: 'builtin:product-launch',
    startDaysAgo: 24,
    lead: 'zhangwei@demo.meridian.local',
    team: ['chenjing@demo.meridian.local', 'liuyang@demo.meridian.local', 'zhaolei@demo.meridian.local'],
    viewers: ['sunyue@demo.meridian.local'],
  },
  {
    key: 'KA',
    name: '招商银行深圳分行大客户攻坚',
    templateId: 'builtin:key-account',
    startDaysAgo: 12,
    lead: 'huangli@demo.meridian.local',
    team: ['zhoujie@demo.meridian.local', 'chenjing@demo.meridian.local'],
    viewers: [],
  },
] as const;

/**
 * Where a demo task stands relative to today: finished when it ended days ago (most of them),
 * in progress when it has started, some overdue so that the warnings show.
 */
export function demoStatusOf(
  task: Pick<LaidOutTask, 'startDate' | 'dueDate'>,
  today: string,
  index: number,
): StatusCategory {
  if (task.dueDate < today) return index % 5 === 3 ? 'in_progress' : 'done';
  if (task.startDate <= today) return 'in_progress';
  return 'todo';
}

function daysAgo(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

export async function seedDemoProjects(
  database: Database,
  clock: Clock,
  org: { id: string; ownerId: string; ownerName: string; ownerEmail: string },
  userIds: Map<string, string>,
): Promise<void> {
  const service = createProjectsService({ clock });
  const ctx: RequestContext = {
    orgId: org.id,
    actor: {
      userId: org.ownerId,
      name: org.ownerName,
      email: org.ownerEmail,
      role: 'owner',
      via: 'system',
      sessionId: null,
      tokenId: null,
      scope: 'read-write',
    },
    db: database.db,
    requestId: 'demo-seed',
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    ip: '',
    userAgent: 'demo-seed',
  };
  const today = todayIn(ctx.timeZone, clock.now());
  for (const spec of DEMO_PROJECTS) {
    const people = spec.team.map((email) => userIds.get(email)!);
    const start = addWorkingDays(daysAgo(today, spec.startDaysAgo), 0);
    let index = 0;
    const project = await service.createProject(
      ctx,
      {
        key: spec.key,
        name: spec.name,
        status: 'active',
        leadId: userIds.get(spec.lead)!,
        startDate: start,
        templateId: spec.templateId,
      },
      (task, statuses) => {
        const category = demoStatusOf(task, today, index);
        const status = statuses.find((s) => s.category === category) ?? statuses[0]!;
        const assigneeId = people[index % people.length]!;
        index++;
        return { statusId: status.id, assigneeId };
      },
    );
    for (const email of spec.team) {
      await service.putProjectMember(ctx, { projectId: project.id, userId: userIds.get(email)! }, { role: 'member' });
    }
    for (const email of spec.viewers) {
      await service.putProjectMember(ctx, { projectId: project.id, userId: userIds.get(email)! }, { role: 'viewer' });
    }
  }
}
