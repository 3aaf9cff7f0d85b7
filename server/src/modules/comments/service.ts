import { bindDeps } from '#platform/service/bind-deps.ts';
import { listActivity } from './service/activity.ts';
import type { CommentsDeps } from './service/deps.ts';
import { setReaction } from './service/reactions.ts';
import { listComments } from './service/read.ts';
import { createComment, deleteComment, updateComment } from './service/write.ts';

/** Comments on tasks and projects, their reactions, and the activity timelines read from the audit log. */
export function createCommentsService(deps: CommentsDeps) {
  return {
    listComments: bindDeps(deps, listComments),
    createComment: bindDeps(deps, createComment),
    updateComment: bindDeps(deps, updateComment),
    deleteComment: bindDeps(deps, deleteComment),
    setReaction: bindDeps(deps, setReaction),
    listActivity: bindDeps(deps, listActivity),
  };
}

export type CommentsService = ReturnType<typeof createCommentsService>;
