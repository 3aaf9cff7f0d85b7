import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, builtinContent } from './builtin.ts';
import { layOutTemplate } from './layout.ts';
import { addWorkingDays, isWorkingDay, layOutDates, todayIn, workingDaysBetween } from './working-days.ts';

describe('working days', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2026-03-06', 0)).toBe('2026-03-06'); // Friday
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // → Monday
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-09'); // Saturday → Monday
    expect(addWorkingDays('2026-03-09', 5)).toBe('2026-03-16');
    expect(layOutDates('2026-03-09', 5, 3)).toEqual({ startDate: '2026-03-16', dueDate: '2026-03-18' });
    expect(layOutDates('2026-03-09', 4, 0)).toEqual({ startDate: '2026-03-13', dueDate: '2026-03-13' });
    expect(todayIn('Asia/Shanghai', new Date('2026-03-06T17:00:00Z'))).toBe('2026-03-07');
  });

  it('adding n working days lands on a working day n working days later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.nat(300),
        (date, n) => {
          const start = date.toISOString().slice(0, 10);
          const end = addWorkingDays(start, n);
          expect(isWorkingDay(end)).toBe(true);
          expect(workingDaysBetween(start, end)).toBe(n);
        },
      ),
    );
  });

  it('lays every built-in template out in both languages with valid parents and dependencies', () => {
    expect(BUILTIN_TEMPLATES).toHaveLength(4);
    for (const template of BUILTIN_TEMPLATES) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const content = builtinContent(template, locale);
        const plan = layOutTemplate(
          content,
          '2026-03-02',
          (() => {
            let i = 0;
            return () => `id-${i++}`;
          })(),
        );
        expect(plan.tasks.length).toBeGreaterThanOrEqual(13);
        const deps = content.tasks.reduce((n, task) => n + (task.dependsOn?.length ?? 0), 0);
        expect(plan.dependencies).toHaveLength(deps);
        expect(plan.tasks.filter((task) => task.parentId).length).toBeGreaterThanOrEqual(10);
        expect(plan.tasks.some((task) => task.isMilestone)).toBe(true);
        for (const task of plan.tasks) expect(task.dueDate >= task.startDate).toBe(true);
      }
    }
  });
});
