import type { Project } from '@meridian/contracts';
import { createContext, useContext } from 'react';

/** The project of the surrounding ProjectLayout (statuses, abilities, my role…), kept fresh by its query. */
export const ProjectContext = createContext<Project | null>(null);

/** The current project inside ProjectLayout; outside it this is a programming error. */
export function useCurrentProject(): Project {
  const project = useContext(ProjectContext);
  if (!project) throw new Error('useCurrentProject must be used inside ProjectLayout');
  return project;
}
