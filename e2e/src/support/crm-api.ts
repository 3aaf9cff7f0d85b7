// The CRM side of the API client: arranges projects and deals, and checks what the browser did.
import type { Customer, Deal, Interaction, Pipeline, PipelineBoard, Project, Task } from '@meridian/contracts';
import type { ApiSession } from './api.ts';

export async function createProject(api: ApiSession, key: string, name: string): Promise<Project> {
  return api.call<Project>('POST', '/projects', { key, name }, 201);
}

/** The organisation's pipelines; the first read creates the default one. */
export async function defaultPipeline(api: ApiSession): Promise<Pipeline> {
  const { items } = await api.call<{ items: Pipeline[] }>('GET', '/pipelines', undefined, 200);
  const pipeline = items.find((p) => p.isDefault) ?? items[0];
  if (!pipeline) throw new Error('No pipeline');
  return pipeline;
}

export async function customersNamed(api: ApiSession, name: string): Promise<Customer[]> {
  const list = await api.call<{ items: Customer[] }>(
    'GET',
    `/customers?q=${encodeURIComponent(name)}&limit=50`,
    undefined,
    200,
  );
  return list.items.filter((c) => c.name === name);
}

export async function createDeal(
  api: ApiSession,
  body: { name: string; customerId: string; pipelineId: string; amountMinor: number; stageId?: string },
): Promise<Deal> {
  return api.call<Deal>('POST', '/deals', body, 201);
}

export async function getDeal(api: ApiSession, id: string): Promise<Deal> {
  return api.call<Deal>('GET', `/deals/${id}`, undefined, 200);
}

export async function dealsNamed(api: ApiSession, name: string): Promise<Deal[]> {
  const list = await api.call<{ items: Deal[] }>(
    'GET',
    `/deals?q=${encodeURIComponent(name)}&limit=50`,
    undefined,
    200,
  );
  return list.items.filter((d) => d.name === name);
}

export async function board(api: ApiSession, pipelineId: string): Promise<PipelineBoard> {
  return api.call<PipelineBoard>('GET', `/pipelines/${pipelineId}/board`, undefined, 200);
}

export async function interactionsOf(api: ApiSession, customerId: string): Promise<Interaction[]> {
  return (
    await api.call<{ items: Interaction[] }>('GET', `/interactions?customerId=${customerId}&limit=50`, undefined, 200)
  ).items;
}

/** The tasks assigned to the signed-in user. */
export async function myTasks(api: ApiSession): Promise<Task[]> {
  return (await api.call<{ items: Task[] }>('GET', '/tasks?assigneeId=me&limit=200', undefined, 200)).items;
}
