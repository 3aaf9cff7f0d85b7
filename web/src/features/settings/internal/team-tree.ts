/** What the tree needs of a team. */
export type TeamLike = { id: string; name: string; parentId: string | null };

export type TeamNode<T extends TeamLike> = { team: T; children: TeamNode<T>[] };

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Teams as a forest, each level sorted in pinyin order (华东大区 → 上海销售一组). A team whose parent
 * is missing becomes a root, and a parent loop (which the server refuses, but data can be old)
 * cannot make the tree infinite.
 */
export function buildTeamTree<T extends TeamLike>(teams: readonly T[]): TeamNode<T>[] {
  const byId = new Map(teams.map((team) => [team.id, team]));
  const childrenOf = new Map<string | null, T[]>();
  for (const team of teams) {
    const parentKey = team.parentId && byId.has(team.parentId) && !isInLoop(team, byId) ? team.parentId : null;
    const siblings = childrenOf.get(parentKey) ?? [];
    siblings.push(team);
    childrenOf.set(parentKey, siblings);
  }
  const build = (parentId: string | null): TeamNode<T>[] =>
    (childrenOf.get(parentId) ?? [])
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((team) => ({ team, children: build(team.id) }));
  return build(null);
}

function isInLoop<T extends TeamLike>(team: T, byId: Map<string, T>): boolean {
  const seen = new Set<string>([team.id]);
  let current = team.parentId ? byId.get(team.parentId) : undefined;
  while (current) {
    if (seen.has(current.id)) return true;
    seen.add(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return false;
}

/** The team and everything below it: none of these can become its parent. */
export function subtreeIds(teams: readonly TeamLike[], rootId: string): Set<string> {
  const ids = new Set<string>([rootId]);
  let isGrowing = true;
  while (isGrowing) {
    isGrowing = false;
    for (const team of teams) {
      if (team.parentId && ids.has(team.parentId) && !ids.has(team.id)) {
        ids.add(team.id);
        isGrowing = true;
      }
    }
  }
  return ids;
}

/** Names from the root down to the team, for a breadcrumb such as 华东大区 / 上海销售一组. */
export function teamPath(teams: readonly TeamLike[], id: string): string[] {
  const byId = new Map(teams.map((team) => [team.id, team]));
  const path: string[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current.name);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}
