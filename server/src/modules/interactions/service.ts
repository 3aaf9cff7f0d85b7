import { bindDeps } from '#platform/service/bind-deps.ts';
import type { InteractionsDeps } from './service/deps.ts';
import { logInteraction } from './service/log.ts';
import { getInteraction, listInteractions } from './service/read.ts';
import { deleteInteraction, updateInteraction } from './service/update.ts';

/** Interactions: calls, visits, meetings, e-mails, WeChat messages and demos with customers (跟进记录). */
export function createInteractionsService(deps: InteractionsDeps) {
  return {
    listInteractions: bindDeps(deps, listInteractions),
    getInteraction: bindDeps(deps, getInteraction),
    logInteraction: bindDeps(deps, logInteraction),
    updateInteraction: bindDeps(deps, updateInteraction),
    deleteInteraction: bindDeps(deps, deleteInteraction),
  };
}

export type InteractionsService = ReturnType<typeof createInteractionsService>;
