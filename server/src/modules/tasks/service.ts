import { bindDeps } from '#platform/service/bind-deps.ts';
import { getBoard } from './service/board.ts';
import { bulkTasks } from './service/bulk.ts';
import { addChecklistItem, removeChecklistItem, updateChecklist } from './service/checklist.ts';
import { createTask } from './service/create.ts';
import { deleteTask, restoreTask, setTaskBlocked } from './service/delete.ts';
import type { TasksDeps } from './service/deps.ts';
import { moveTask } from './service/move.ts';
import { getMyWork } from './service/my-work.ts';
import { getTask, getTaskByKey, listTasks } from './service/read.ts';
import { applyUndo } from './service/undo.ts';
import { updateTask } from './service/update.ts';
import { setWatcher } from './service/watchers.ts';

/** Tasks: the work of projects, its board, lists, my work, bulk edits and undo. */
export function createTasksService(deps: TasksDeps) {
  return {
    createTask: bindDeps(deps, createTask),
    getTask: bindDeps(deps, getTask),
    getTaskByKey: bindDeps(deps, getTaskByKey),
    listTasks: bindDeps(deps, listTasks),
    updateTask: bindDeps(deps, updateTask),
    deleteTask: bindDeps(deps, deleteTask),
    restoreTask: bindDeps(deps, restoreTask),
    setTaskBlocked: bindDeps(deps, setTaskBlocked),
    moveTask: bindDeps(deps, moveTask),
    getBoard: bindDeps(deps, getBoard),
    getMyWork: bindDeps(deps, getMyWork),
    bulkTasks: bindDeps(deps, bulkTasks),
    applyUndo: bindDeps(deps, applyUndo),
    setWatcher: bindDeps(deps, setWatcher),
    addChecklistItem: bindDeps(deps, addChecklistItem),
    updateChecklist: bindDeps(deps, updateChecklist),
    removeChecklistItem: bindDeps(deps, removeChecklistItem),
  };
}

export type TasksService = ReturnType<typeof createTasksService>;
