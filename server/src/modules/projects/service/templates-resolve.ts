import type { TemplateContent } from '@meridian/contracts';
import type { RequestContext } from '#platform/context/request-context.ts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';
import { findTemplateRow } from '../queries-templates.ts';
import { builtinContent, findBuiltin } from '../templates/builtin.ts';
import { DEFAULT_STATUSES } from '../templates/builtin-types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The statuses a new project starts with, named in the creator's language. */
export function defaultStatuses(locale: 'zh-CN' | 'en'): TemplateContent['statuses'] {
  return DEFAULT_STATUSES.map((s) => ({ name: locale === 'en' ? s.name[1] : s.name[0], category: s.category }));
}

/** A template's content by id (built-in or the organisation's), or null when there is none such. */
export async function findTemplateContent(ctx: RequestContext, id: string): Promise<TemplateContent | null> {
  const builtin = findBuiltin(id);
  if (builtin) return builtinContent(builtin, ctx.locale);
  if (!UUID.test(id)) return null;
  const row = await findTemplateRow(ctx.db, ctx.orgId, id);
  return row ? (row.content as TemplateContent) : null;
}

/** Like findTemplateContent, but an unknown id is the body's mistake: 422 on `templateId`. */
export async function requireTemplateContent(ctx: RequestContext, id: string): Promise<TemplateContent> {
  const content = await findTemplateContent(ctx, id);
  if (content) return content;
  throw new AppError('validation_failed', {
    fields: [fieldError('templateId', 'invalid', 'No such project template')],
  });
}
