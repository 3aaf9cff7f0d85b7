import { bindDeps } from '#platform/service/bind-deps.ts';
import { createProject } from './service/create.ts';
import type { ProjectsDeps } from './service/deps.ts';
import { archiveProject, deleteProject, purgeDeletedProjects, restoreProject } from './service/lifecycle.ts';
import { putProjectMember, removeProjectMember } from './service/members.ts';
import { getProject, getProjectByKey, listProjectMembers, listProjects } from './service/read.ts';
import { createTaskStatus, deleteTaskStatus, updateTaskStatus } from './service/statuses.ts';
import {
  deleteProjectTemplate,
  getProjectTemplate,
  listProjectTemplates,
  saveProjectAsTemplate,
} from './service/templates.ts';
import { updateProject } from './service/update.ts';

/** Projects: their members, task statuses, templates, archive and trash. */
export function createProjectsService(deps: ProjectsDeps) {
  return {
    listProjects: bindDeps(deps, listProjects),
    getProject: bindDeps(deps, getProject),
    getProjectByKey: bindDeps(deps, getProjectByKey),
    createProject: bindDeps(deps, createProject),
    updateProject: bindDeps(deps, updateProject),
    archiveProject: bindDeps(deps, archiveProject),
    restoreProject: bindDeps(deps, restoreProject),
    deleteProject: bindDeps(deps, deleteProject),
    purgeDeletedProjects: bindDeps(deps, purgeDeletedProjects),
    listProjectMembers: bindDeps(deps, listProjectMembers),
    putProjectMember: bindDeps(deps, putProjectMember),
    removeProjectMember: bindDeps(deps, removeProjectMember),
    createTaskStatus: bindDeps(deps, createTaskStatus),
    updateTaskStatus: bindDeps(deps, updateTaskStatus),
    deleteTaskStatus: bindDeps(deps, deleteTaskStatus),
    listProjectTemplates: bindDeps(deps, listProjectTemplates),
    getProjectTemplate: bindDeps(deps, getProjectTemplate),
    saveProjectAsTemplate: bindDeps(deps, saveProjectAsTemplate),
    deleteProjectTemplate: bindDeps(deps, deleteProjectTemplate),
  };
}

export type ProjectsService = ReturnType<typeof createProjectsService>;
