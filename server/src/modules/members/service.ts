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

type Bound<F> = F extends (deps: MembersDeps, ...args: infer A) => infer R ? (...args: A) => R : never;
const bind = <F extends (deps: MembersDeps, ...args: never[]) => unknown>(deps: MembersDeps, fn: F) =>
  ((...args: never[]) => fn(deps, ...args)) as Bound<F>;

/** Members of an organisation and the invitations that bring them in. */
export function createMembersService(deps: MembersDeps) {
  return {
    listMembers: bind(deps, listMembers),
    getMember: bind(deps, getMember),
    updateMember: bind(deps, updateMember),
    deactivateMember: bind(deps, deactivateMember),
    reactivateMember: bind(deps, reactivateMember),
    listSessionsOfMember: bind(deps, listSessionsOfMember),
    endSessionsOfMember: bind(deps, endSessionsOfMember),
    createInvitation: bind(deps, createInvitation),
    listInvitations: bind(deps, listInvitations),
    revokeInvitation: bind(deps, revokeInvitation),
    previewInvitation: bind(deps, previewInvitation),
    acceptInvitation: bind(deps, acceptInvitation),
  };
}

export type MembersService = ReturnType<typeof createMembersService>;
