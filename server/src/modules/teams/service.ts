import type { TeamsDeps } from './service/deps.ts';
import { putTeamMember, removeTeamMember } from './service/members.ts';
import { getTeam, listTeams, teamScopeOf } from './service/read.ts';
import { createTeam, deleteTeam, updateTeam } from './service/write.ts';

export { type TeamScopeContext, teamScopeOf } from './service/read.ts';

type Bound<F> = F extends (deps: TeamsDeps, ...args: infer A) => infer R ? (...args: A) => R : never;
const bind = <F extends (deps: TeamsDeps, ...args: never[]) => unknown>(deps: TeamsDeps, fn: F) =>
  ((...args: never[]) => fn(deps, ...args)) as Bound<F>;

/** Teams: the organisation chart (a tree of teams) and who is in each team. */
export function createTeamsService(deps: TeamsDeps) {
  return {
    listTeams: bind(deps, listTeams),
    getTeam: bind(deps, getTeam),
    createTeam: bind(deps, createTeam),
    updateTeam: bind(deps, updateTeam),
    deleteTeam: bind(deps, deleteTeam),
    putTeamMember: bind(deps, putTeamMember),
    removeTeamMember: bind(deps, removeTeamMember),
    /** For other modules: the actor's teams and every team below them. */
    teamScopeOf,
  };
}

export type TeamsService = ReturnType<typeof createTeamsService>;
