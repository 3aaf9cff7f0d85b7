// Work-management calls for the journeys: arrange projects and members, and check what the
// browser did to tasks, comments and notifications through the same API the web app uses.
import type { Board, Comment, Notification, Project, Task, TaskDetail, TaskList } from '@meridian/contracts';
import type { ApiSession } from './api.ts';

export async function projectByKey(session: ApiSession, key: string): Promise<Project> {
  return session.call<Project>('GET', `/projects/by-key/${encodeURIComponent(key)}`, undefined, 200);
}

/** Adds an active member of the organisation to the project (PUT /projects/:id/members/:userId). */
export async function addProjectMember(
  session: ApiSession,
  projectId: string,
  userId: string,
  role: 'lead' | 'member' | 'viewer' = 'member',
): Promise<void> {
  await session.call('PUT', `/projects/${projectId}/members/${userId}`, { role }, 200);
}

export async function board(session: ApiSession, projectId: string): Promise<Board> {
  return session.call<Board>('GET', `/projects/${projectId}/board`, undefined, 200);
}

export async function projectTasks(session: ApiSession, projectId: string): Promise<Task[]> {
  return (await session.call<TaskList>('GET', `/tasks?projectId=${projectId}&limit=200`, undefined, 200)).items;
}

export async function taskByKey(session: ApiSession, key: string): Promise<TaskDetail> {
  return session.call<TaskDetail>('GET', `/tasks/by-key/${encodeURIComponent(key)}`, undefined, 200);
}

export async function taskComments(session: ApiSession, taskId: string): Promise<Comment[]> {
  const page = await session.call<{ items: Comment[] }>(
    'GET',
    `/comments?targetType=task&targetId=${taskId}&limit=50`,
    undefined,
    200,
  );
  return page.items;
}

export async function notifications(session: ApiSession): Promise<Notification[]> {
  return (await session.call<{ items: Notification[] }>('GET', '/notifications?limit=50', undefined, 200)).items;
}

export async function unreadCount(session: ApiSession): Promise<number> {
  return (await session.call<{ count: number }>('GET', '/notifications/unread-count', undefined, 200)).count;
}
