import { canProject, type ProjectAccess } from '#modules/projects/policy.ts';
import { hasRole } from '#platform/permissions/org-actions.ts';

export type CommentFacts = { authorId: string };
export type CommentActor = { userId: string };

/** Only the author edits a comment, and only while they may still comment on its target. */
export function canUpdateComment(actor: CommentActor, comment: CommentFacts, access: ProjectAccess): boolean {
  return comment.authorId === actor.userId && canProject(access, 'comment');
}

/** The author deletes their own comment; the project's lead and the organisation's admins delete any. */
export function canDeleteComment(actor: CommentActor, comment: CommentFacts, access: ProjectAccess): boolean {
  if (hasRole(access.orgRole, 'admin') && !access.isDeleted) return true;
  if (access.projectRole === 'lead' && canProject(access, 'update')) return true;
  return canUpdateComment(actor, comment, access);
}

export function commentAbilities(actor: CommentActor, comment: CommentFacts, access: ProjectAccess) {
  return {
    update: canUpdateComment(actor, comment, access),
    delete: canDeleteComment(actor, comment, access),
    react: canProject(access, 'comment'),
  };
}
