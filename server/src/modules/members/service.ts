import { bindDeps } from '#platform/service/bind-deps.ts';
import { acceptInvitation } from './service/accept.ts';
import type { MembersDeps } from './service/deps.ts';
import { createInvitation, listInvitations, previewInvitation, revokeInvitation } from './service/invitations.ts';
import {
  deactivateMember,
  endSessionsOfMember,
  getMember,
  listMembers,
  listSessionsOfMember,
  reactivateMember,
  updateMember,
} from './service/members.ts';

/** Members of an organisation and the invitations that bring them in. */
export function createMembersService(deps: MembersDeps) {
  return {
    listMembers: bindDeps(deps, listMembers),
    getMember: bindDeps(deps, getMember),
    updateMember: bindDeps(deps, updateMember),
    deactivateMember: bindDeps(deps, deactivateMember),
    reactivateMember: bindDeps(deps, reactivateMember),
    listSessionsOfMember: bindDeps(deps, listSessionsOfMember),
    endSessionsOfMember: bindDeps(deps, endSessionsOfMember),
    createInvitation: bindDeps(deps, createInvitation),
    listInvitations: bindDeps(deps, listInvitations),
    revokeInvitation: bindDeps(deps, revokeInvitation),
    previewInvitation: bindDeps(deps, previewInvitation),
    acceptInvitation: bindDeps(deps, acceptInvitation),
  };
}

export type MembersService = ReturnType<typeof createMembersService>;
