import { bindDeps } from '#platform/service/bind-deps.ts';
import type { TeamsDeps } from './service/deps.ts';
import { putTeamMember, removeTeamMember } from './service/members.ts';
import { getTeam, listTeams, teamScopeOf } from './service/read.ts';
import { createTeam, deleteTeam, updateTeam } from './service/write.ts';

export { type TeamScopeContext, teamScopeOf } from './service/read.ts';

/** Teams: the organisation chart (a tree of teams) and who is in each team. */
export function createTeamsService(deps: TeamsDeps) {
  return {
    listTeams: bindDeps(deps, listTeams),
    getTeam: bindDeps(deps, getTeam),
    createTeam: bindDeps(deps, createTeam),
    updateTeam: bindDeps(deps, updateTeam),
    deleteTeam: bindDeps(deps, deleteTeam),
    putTeamMember: bindDeps(deps, putTeamMember),
    removeTeamMember: bindDeps(deps, removeTeamMember),
    /** For other modules: the actor's teams and every team below them. */
    teamScopeOf,
  };
}

export type TeamsService = ReturnType<typeof createTeamsService>;
