import type { MyWork, Task, TaskStatus } from '@meridian/contracts';
import { describe, expect, it } from 'vitest';
import { countMine, firstDoneStatus, projectKeyOfTask, sectionsOf } from '@/features/my-work/internal/my-work-sections';

const task = (id: string) => ({ id }) as Task;
const empty: MyWork = { overdue: [], today: [], thisWeek: [], later: [], noDueDate: [], waitingOnOthers: [] };

describe('my work sections', () => {
  it('lists non-empty sections in order, with today always present', () => {
    const sections = sectionsOf({ ...empty, later: [task('a')], overdue: [task('b')], waitingOnOthers: [task('c')] });
    expect(sections.map((section) => section.key)).toEqual(['overdue', 'today', 'later', 'waitingOnOthers']);
    expect(sections.map((section) => section.titleKey)).toEqual([
      'sections.overdue',
      'sections.today',
      'sections.later',
      'sections.waitingOnOthers',
    ]);
    expect(sections[0]?.tone).toBe('danger');
    expect(sections[1]?.tone).toBe('default');
  });
  it('shows only today when there is nothing at all', () => {
    expect(sectionsOf(empty).map((section) => section.key)).toEqual(['today']);
  });
  it('counts my open tasks without the ones waiting on others', () => {
    expect(
      countMine({ ...empty, today: [task('a')], thisWeek: [task('b'), task('c')], waitingOnOthers: [task('d')] }),
    ).toBe(3);
  });
});

describe('mark done', () => {
  const status = (id: string, category: TaskStatus['category'], position: number) =>
    ({ id, category, position, name: id, color: '#000000', wipLimit: null, version: 1 }) as TaskStatus;
  it('picks the first done status by position', () => {
    const statuses = [status('todo', 'todo', 0), status('released', 'done', 5), status('done', 'done', 3)];
    expect(firstDoneStatus({ statuses })?.id).toBe('done');
  });
  it('has none when the project has no done status or is unknown', () => {
    expect(firstDoneStatus({ statuses: [status('todo', 'todo', 0)] })).toBeUndefined();
    expect(firstDoneStatus(undefined)).toBeUndefined();
  });
  it('reads the project key of a task key', () => {
    expect(projectKeyOfTask('KA2026-117')).toBe('KA2026');
  });
});
