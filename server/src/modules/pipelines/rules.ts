import type { StageKind } from '@meridian/contracts';
import { AppError, fieldError } from '#platform/errors/app-error.ts';

export type StageShape = { name: string; probability: number; kind: StageKind; stallDays: number | null };

/** The stages a new organisation starts with, in its language. */
export function defaultStages(locale: 'zh-CN' | 'en'): StageShape[] {
  const zh = locale === 'zh-CN';
  return [
    { name: zh ? '初步接触' : 'Initial contact', probability: 10, kind: 'open', stallDays: 14 },
    { name: zh ? '需求确认' : 'Needs confirmed', probability: 25, kind: 'open', stallDays: 14 },
    { name: zh ? '方案报价' : 'Proposal', probability: 50, kind: 'open', stallDays: 21 },
    { name: zh ? '商务谈判' : 'Negotiation', probability: 75, kind: 'open', stallDays: 21 },
    { name: zh ? '赢单' : 'Won', probability: 100, kind: 'won', stallDays: null },
    { name: zh ? '输单' : 'Lost', probability: 0, kind: 'lost', stallDays: null },
  ];
}

export function defaultPipelineName(locale: 'zh-CN' | 'en'): string {
  return locale === 'zh-CN' ? '销售管道' : 'Sales pipeline';
}

/**
 * A pipeline closes deals one way to win and at least one way to lose, and has somewhere open
 * for them to start. Returns the problem, or null when the stage set is sound.
 */
export function stageSetProblem(kinds: StageKind[]): string | null {
  const won = kinds.filter((k) => k === 'won').length;
  if (won !== 1) return 'A pipeline needs exactly one won stage';
  if (!kinds.includes('lost')) return 'A pipeline needs at least one lost stage';
  if (!kinds.includes('open')) return 'A pipeline needs at least one open stage';
  return null;
}

/** Throws 422 on the given field when the stage set breaks the rule above. */
export function assertStageSet(kinds: StageKind[], field: string): void {
  const problem = stageSetProblem(kinds);
  if (problem)
    throw new AppError('validation_failed', { detail: problem, fields: [fieldError(field, 'invalid', problem)] });
}

/** Moves one element of a list to a new index (clamped), for stage reordering. */
export function moveTo<T>(list: T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item as T);
  return copy;
}
