import type { Team } from '@meridian/contracts';
import { Tree, type TreeDataNode } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildTeamTree, type TeamNode } from '@/features/settings/internal/team-tree';

export type TeamTreeProps = { teams: Team[]; selectedId: string | null; onSelect: (teamId: string) => void };

/** The team hierarchy (region → city team), each with its member count. */
export function TeamTree({ teams, selectedId, onSelect }: TeamTreeProps) {
  const { t } = useTranslation('settings');
  const treeData = useMemo(() => {
    const toNode = (node: TeamNode<Team>): TreeDataNode => ({
      key: node.team.id,
      title: t('teams.treeTitle', { name: node.team.name, count: node.team.members.length }),
      children: node.children.map(toNode),
    });
    return buildTeamTree(teams).map(toNode);
  }, [teams, t]);

  // Every team starts open; a team that is selected (e.g. a sub-team just created) is always shown.
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const expandedKeys = useMemo(() => {
    const open = new Set(teams.filter((team) => !collapsed.has(team.id)).map((team) => team.id));
    const parentOf = new Map(teams.map((team) => [team.id, team.parentId]));
    for (let id = selectedId ? parentOf.get(selectedId) : null; id; id = parentOf.get(id)) open.add(id);
    return [...open];
  }, [teams, collapsed, selectedId]);

  const handleExpand = (keys: Key[]) => {
    const open = new Set(keys.map(String));
    setCollapsed(new Set(teams.map((team) => team.id).filter((id) => !open.has(id))));
  };

  return (
    <Tree
      aria-label={t('teams.treeLabel')}
      treeData={treeData}
      selectedKeys={selectedId ? [selectedId] : []}
      expandedKeys={expandedKeys}
      onExpand={handleExpand}
      blockNode
      showLine
      onSelect={(keys) => {
        const [key] = keys;
        if (key !== undefined) onSelect(String(key));
      }}
    />
  );
}
