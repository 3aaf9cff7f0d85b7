import type { AuditEntryPage, ListAuditQuery } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { pageRequest, toPage } from '#platform/http/pagination.ts';
import { assertCanReadAuditLog } from './policy.ts';
import { toAuditEntryDto } from './presenter.ts';
import { type AuditFilter, listAuditEntries } from './queries.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', { fields: [fieldError(field, 'invalid', message, 'querystring')] });
}

/** The filters of a query; `from` is inclusive and `to` exclusive. */
function toFilter(query: ListAuditQuery): AuditFilter {
  const from = query.from ? new Date(query.from) : undefined;
  const to = query.to ? new Date(query.to) : undefined;
  if (from && to && from.getTime() > to.getTime()) throw invalid('to', 'The end is before the start');
  const { actorId, action, targetType, targetId } = query;
  return { actorId, action, targetType, targetId, from, to };
}

/** Reads the audit log; there are no writes here: rows come only from recordAudit, in each change's transaction. */
export function createAuditService() {
  return {
    /** A page of the organisation's audit log, newest first, filtered (all filters must match). */
    async listAuditLog(ctx: RequestContext, query: ListAuditQuery): Promise<AuditEntryPage> {
      assertCanReadAuditLog(ctx.actor);
      const filter = toFilter(query);
      const { limit, cursor } = pageRequest(query, ['uuid']);
      const beforeId = cursor ? String(cursor[0]) : null;
      if (beforeId !== null && !UUID.test(beforeId)) throw invalid('cursor', 'Not a cursor from this list');
      const rows = await listAuditEntries(ctx.db, ctx.orgId, filter, { limit, beforeId });
      return toPage(rows, limit, (row) => [row.id], toAuditEntryDto);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
