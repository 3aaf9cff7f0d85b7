import type { Agent } from '../http.ts';

let counter = 0;

/** A project key unique within a test file: letters then digits (`PA12`). */
export function uniqueProjectKey(prefix = 'P'): string {
  counter++;
  return `${prefix}${String.fromCharCode(65 + (counter % 26))}${counter}`.slice(0, 10);
}

/** Creates a project through the API as `agent`; fails loudly when the API refuses. */
export async function buildProject(agent: Agent, overrides: Record<string, unknown> = {}) {
  const response = await agent.post('/api/v1/projects', {
    key: uniqueProjectKey(),
    name: '华东区新品推广',
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`create project failed: ${response.status} ${response.text}`);
  return response.body as {
    id: string;
    key: string;
    statuses: { id: string; category: string; name: string }[];
    version: number;
  };
}
