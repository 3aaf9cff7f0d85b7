import type { Team } from '@meridian/contracts';
import { Tree, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
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

  return (
    <Tree
      aria-label={t('teams.treeLabel')}
      treeData={treeData}
      selectedKeys={selectedId ? [selectedId] : []}
      defaultExpandAll
      blockNode
      showLine
      onSelect={(keys) => {
        const [key] = keys;
        if (key !== undefined) onSelect(String(key));
      }}
    />
  );
}
