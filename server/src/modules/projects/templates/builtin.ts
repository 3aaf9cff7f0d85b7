import type { ProjectTemplate, TemplateContent } from '@meridian/contracts';
import { CHANNEL_EXPANSION, QUARTER_SPRINT } from './builtin-growth.ts';
import { KEY_ACCOUNT } from './builtin-key-account.ts';
import { PRODUCT_LAUNCH } from './builtin-sales.ts';
import type { Bilingual, BuiltinTemplate } from './builtin-types.ts';

export const BUILTIN_TEMPLATES: BuiltinTemplate[] = [PRODUCT_LAUNCH, KEY_ACCOUNT, CHANNEL_EXPANSION, QUARTER_SPRINT];
export const BUILTIN_PREFIX = 'builtin:';

const pick = (text: Bilingual, locale: 'zh-CN' | 'en') => (locale === 'en' ? text[1] : text[0]);

/** A built-in template's content in one language. */
export function builtinContent(template: BuiltinTemplate, locale: 'zh-CN' | 'en'): TemplateContent {
  return {
    statuses: template.statuses.map((s) => ({ name: pick(s.name, locale), category: s.category })),
    tasks: template.tasks.map((task) => ({
      ref: task.ref,
      title: pick(task.title, locale),
      ...(task.description ? { description: pick(task.description, locale) } : {}),
      ...(task.parent ? { parentRef: task.parent } : {}),
      startOffsetDays: task.start,
      durationDays: task.days,
      ...(task.hours !== undefined ? { estimateHours: task.hours } : {}),
      ...(task.priority ? { priority: task.priority } : {}),
      ...(task.milestone ? { isMilestone: true } : {}),
      ...(task.deps ? { dependsOn: task.deps } : {}),
    })),
  };
}

/** Phase, task and duration figures a template picker shows. */
export function templateFigures(content: TemplateContent) {
  const parents = new Set(content.tasks.flatMap((t) => (t.parentRef ? [t.parentRef] : [])));
  const durationDays = content.tasks.reduce((max, t) => Math.max(max, t.startOffsetDays + t.durationDays), 0);
  return { phaseCount: parents.size, taskCount: content.tasks.length - parents.size, durationDays };
}

export function presentBuiltin(template: BuiltinTemplate, locale: 'zh-CN' | 'en'): ProjectTemplate {
  const content = builtinContent(template, locale);
  return {
    id: `${BUILTIN_PREFIX}${template.slug}`,
    isBuiltIn: true,
    name: pick(template.name, locale),
    description: pick(template.description, locale),
    ...templateFigures(content),
    content,
    createdAt: null,
    abilities: { delete: false },
  };
}

export function findBuiltin(id: string): BuiltinTemplate | null {
  if (!id.startsWith(BUILTIN_PREFIX)) return null;
  return BUILTIN_TEMPLATES.find((t) => `${BUILTIN_PREFIX}${t.slug}` === id) ?? null;
}
