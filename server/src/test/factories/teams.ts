import type { Team } from '@meridian/contracts';
import type { Agent } from '../http.ts';

let counter = 0;

/** Creates a team through the API as `by` (an admin or owner), with a unique Chinese name by default. */
export async function buildTeam(
  by: Agent,
  overrides: { name?: string; description?: string; parentId?: string | null } = {},
): Promise<Team> {
  const body = {
    name: overrides.name ?? `销售${++counter}组`,
    description: overrides.description,
    parentId: overrides.parentId,
  };
  const response = await by.post<Team>('/api/v1/teams', body);
  if (response.status !== 201) throw new Error(`create team failed: ${response.status} ${response.text}`);
  return response.body;
}

/** Puts a member of the organisation into a team (as lead when asked) through the API. */
export async function addTeamMember(
  by: Agent,
  teamId: string,
  userId: string,
  options: { isLead?: boolean } = {},
): Promise<Team> {
  const response = await by.put<Team>(`/api/v1/teams/${teamId}/members/${userId}`, { isLead: options.isLead ?? false });
  if (response.status !== 200) throw new Error(`add team member failed: ${response.status} ${response.text}`);
  return response.body;
}
