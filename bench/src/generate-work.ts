/**
 * Work data for the task scenarios: one board project of `boardTasks` tasks and enough other
 * projects to reach `totalTasks`, with three statuses each, spread over the organisation's people
 * with realistic priorities, dates, ranks and search terms. Multi-row INSERTs, then ANALYZE.
 */
import type { Database } from '../../server/src/db/client.ts';
import { projectMembers, projectStatuses, projects, tasks } from '../../server/src/db/schema/index.ts';
import { newId } from '../../server/src/platform/ids/ids.ts';
import { keysBetween } from '../../server/src/platform/ordering/fractional-index.ts';
import { documentTerms } from '../../server/src/platform/search/search-terms.ts';
import { rawClient } from './sql.ts';

export type WorkFixtures = {
  boardProjectId: string;
  projectIds: string[];
  /** Tasks of the board project per status, for moves. */
  boardStatusIds: string[];
  sampleTaskIds: string[];
  counts: { projects: number; tasks: number };
};

const VERBS = ['拜访', '跟进', '准备', '整理', '确认', '提交', '安排', '复盘', 'Review', 'Prepare'];
const OBJECTS = [
  '重点客户',
  '报价单',
  '合同条款',
  '渠道伙伴',
  '产品演示',
  '季度目标',
  '回款计划',
  '招标文件',
  'demo deck',
  'pricing',
];
const PLACES = ['华东', '华南', '华北', '西南', '上海', '深圳', '杭州', '成都', '北京', '广州'];
const PRIORITIES = ['urgent', 'high', 'medium', 'medium', 'low'];
const DAY_MS = 24 * 60 * 60 * 1000;
const CHUNK = 1000;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function generateWork(
  database: Database,
  options: { orgId: string; ownerId: string; memberIds: string[]; totalTasks: number; boardTasks: number },
): Promise<WorkFixtures> {
  const random = seededRandom(20261123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const now = Date.now();
  const otherProjects = Math.max(1, Math.ceil((options.totalTasks - options.boardTasks) / 2000));
  const projectRows: (typeof projects.$inferInsert)[] = [];
  const statusRows: (typeof projectStatuses.$inferInsert)[] = [];
  const memberRows: (typeof projectMembers.$inferInsert)[] = [];
  const taskRows: (typeof tasks.$inferInsert)[] = [];
  const plan: { projectId: string; key: string; count: number; statusIds: string[] }[] = [];

  for (let p = 0; p <= otherProjects; p++) {
    const id = newId();
    const key = p === 0 ? 'BOARD' : `P${p}`;
    const name =
      p === 0 ? '华东区季度冲刺' : `${pick(PLACES)}${pick(['渠道拓展', '新品推广', '大客户攻坚', '季度冲刺'])} ${p}`;
    const count = p === 0 ? options.boardTasks : Math.ceil((options.totalTasks - options.boardTasks) / otherProjects);
    const statusIds = [newId(), newId(), newId()];
    projectRows.push({
      orgId: options.orgId,
      id,
      key,
      name,
      status: 'active',
      leadId: options.ownerId,
      nextTaskNumber: count + 1,
      searchTerms: documentTerms(key, name),
      createdBy: options.ownerId,
    });
    ['待办', '进行中', '已完成'].forEach((status, i) => {
      statusRows.push({
        orgId: options.orgId,
        id: statusIds[i]!,
        projectId: id,
        name: status,
        category: ['todo', 'in_progress', 'done'][i]!,
        position: i,
      });
    });
    memberRows.push({ orgId: options.orgId, projectId: id, userId: options.ownerId, role: 'lead' });
    plan.push({ projectId: id, key, count, statusIds });
  }

  let total = 0;
  for (const project of plan) {
    const ranks = keysBetween(null, null, project.count);
    for (let n = 1; n <= project.count && total < options.totalTasks; n++, total++) {
      const statusIndex = random() < 0.45 ? 0 : random() < 0.6 ? 1 : 2;
      const title = `${pick(VERBS)}${pick(PLACES)}${pick(OBJECTS)}`;
      const due = new Date(now + (random() * 120 - 60) * DAY_MS);
      const created = new Date(now - random() * 180 * DAY_MS);
      taskRows.push({
        orgId: options.orgId,
        id: newId(),
        projectId: project.projectId,
        number: n,
        title,
        statusId: project.statusIds[statusIndex]!,
        statusCategory: ['todo', 'in_progress', 'done'][statusIndex]!,
        priority: pick(PRIORITIES),
        assigneeId: random() < 0.9 ? pick(options.memberIds) : null,
        reporterId: options.ownerId,
        startDate: isoDay(new Date(due.getTime() - random() * 10 * DAY_MS)),
        dueDate: random() < 0.85 ? isoDay(due) : null,
        estimateMinutes: Math.round(random() * 16) * 60,
        rank: ranks[n - 1]!,
        searchTerms: documentTerms(`${project.key}-${n}`, title),
        completedAt: statusIndex === 2 ? new Date(created.getTime() + DAY_MS) : null,
        createdAt: created,
        updatedAt: created,
      });
    }
  }

  await database.db.transaction(async (tx) => {
    await tx.insert(projects).values(projectRows);
    await tx.insert(projectStatuses).values(statusRows);
    await tx.insert(projectMembers).values(memberRows);
    for (let i = 0; i < taskRows.length; i += CHUNK) await tx.insert(tasks).values(taskRows.slice(i, i + CHUNK));
  });
  await rawClient(database).query('analyze');

  const board = plan[0]!;
  return {
    boardProjectId: board.projectId,
    projectIds: plan.map((p) => p.projectId),
    boardStatusIds: board.statusIds,
    sampleTaskIds: taskRows
      .filter((t) => t.projectId === board.projectId)
      .slice(0, 500)
      .map((t) => t.id!),
    counts: { projects: projectRows.length, tasks: taskRows.length },
  };
}
