import type { Team } from '@meridian/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import type { Page } from '@/shared/api/pages';

export const teamKeys = {
  all: ['teams'] as const,
  list: () => [...teamKeys.all, 'list'] as const,
};

/** The tree needs every team, so all pages are read (200 a page; organisations rarely have more). */
async function fetchAllTeams(signal: AbortSignal): Promise<Team[]> {
  const teams: Team[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get<Page<Team>>('/teams', { limit: 200, cursor }, signal);
    teams.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return teams;
}

export function useTeams() {
  return useQuery({ queryKey: teamKeys.list(), queryFn: ({ signal }) => fetchAllTeams(signal) });
}
