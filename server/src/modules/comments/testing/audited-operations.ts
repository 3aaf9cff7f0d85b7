import type { AuditedOperation, AuditScenario } from '#modules/audit/audited-operations.ts';

async function comment(s: AuditScenario) {
  const key = `CM${Date.now().toString(36).slice(-4).toUpperCase()}`.replace(/[^A-Z0-9]/g, 'X');
  const project = await s.owner.post('/api/v1/projects', { key, name: '渠道拓展' });
  return s.owner.post('/api/v1/comments', {
    targetType: 'project',
    targetId: project.body.id,
    body: '本周拜访 3 家经销商',
  });
}

const thumbsUp = encodeURIComponent('👍');

/** Comments' and notification preferences' mutating routes for the audit completeness test. */
export const COMMENT_AUDITED_OPERATIONS: AuditedOperation[] = [
  { operation: 'POST /api/v1/comments', action: 'comment.created', run: comment },
  {
    operation: 'PATCH /api/v1/comments/{id}',
    action: 'comment.updated',
    run: async (s) => s.owner.patch(`/api/v1/comments/${(await comment(s)).body.id}`, { body: '本周拜访 4 家经销商' }),
  },
  {
    operation: 'DELETE /api/v1/comments/{id}',
    action: 'comment.deleted',
    run: async (s) => s.owner.delete(`/api/v1/comments/${(await comment(s)).body.id}`),
  },
  {
    operation: 'PUT /api/v1/comments/{id}/reactions/{emoji}',
    action: 'comment.reaction_added',
    run: async (s) => s.owner.put(`/api/v1/comments/${(await comment(s)).body.id}/reactions/${thumbsUp}`),
  },
  {
    operation: 'DELETE /api/v1/comments/{id}/reactions/{emoji}',
    action: 'comment.reaction_removed',
    run: async (s) => {
      const id = (await comment(s)).body.id;
      await s.owner.put(`/api/v1/comments/${id}/reactions/${thumbsUp}`);
      return s.owner.delete(`/api/v1/comments/${id}/reactions/${thumbsUp}`);
    },
  },
  {
    operation: 'PUT /api/v1/notification-preferences',
    action: 'notification_preferences.updated',
    run: (s) =>
      s.owner.put('/api/v1/notification-preferences', { items: [{ kind: 'commented', inApp: true, email: true }] }),
  },
];

/** Marking one's own notifications read changes no organisation data. */
export const COMMENT_NOT_AUDITED: Record<string, string> = {
  'POST /api/v1/notifications/read': 'Marks the caller’s own notifications read: inbox state, not organisation data.',
  'POST /api/v1/notifications/read-all':
    'Marks the caller’s own notifications read: inbox state, not organisation data.',
};
